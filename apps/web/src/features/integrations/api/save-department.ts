import { departmentSchema, type CreateDepartmentBody, type UpdateDepartmentBody } from '@qo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateIntegrations } from './invalidate';

export function createDepartment(body: CreateDepartmentBody) {
  return apiClient.post('/departments', { body, schema: departmentSchema });
}

export function updateDepartment(departmentId: string, body: UpdateDepartmentBody) {
  return apiClient.patch(`/departments/${encodeURIComponent(departmentId)}`, {
    body,
    schema: departmentSchema,
  });
}

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDepartment, onSuccess: () => invalidateIntegrations(queryClient) });
}

export function useUpdateDepartment(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDepartmentBody) => updateDepartment(departmentId, body),
    onSuccess: () => invalidateIntegrations(queryClient),
  });
}
