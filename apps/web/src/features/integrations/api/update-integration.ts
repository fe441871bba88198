import { integrationDetailSchema, type UpdateIntegrationBody } from '@qo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateIntegrations } from './invalidate';

export function updateIntegration(departmentId: string, body: UpdateIntegrationBody) {
  return apiClient.patch(`/departments/${encodeURIComponent(departmentId)}/integration`, {
    body,
    schema: integrationDetailSchema,
  });
}

export function useUpdateIntegration(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateIntegrationBody) => updateIntegration(departmentId, body),
    onSuccess: () => invalidateIntegrations(queryClient),
  });
}
