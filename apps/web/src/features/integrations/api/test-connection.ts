import { testConnectionResultSchema } from '@qo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateIntegrations } from './invalidate';

export function testConnection(departmentId: string) {
  return apiClient.post(`/departments/${encodeURIComponent(departmentId)}/integration/test`, {
    schema: testConnectionResultSchema,
  });
}

export function useTestConnection(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => testConnection(departmentId),
    onSuccess: () => invalidateIntegrations(queryClient),
  });
}
