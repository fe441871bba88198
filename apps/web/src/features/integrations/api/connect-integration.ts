import { connectIntegrationResultSchema, type ConnectIntegrationBody } from '@qo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateIntegrations } from './invalidate';

export function connectIntegration(departmentId: string, body: ConnectIntegrationBody) {
  return apiClient.put(`/departments/${encodeURIComponent(departmentId)}/integration`, {
    body,
    schema: connectIntegrationResultSchema,
  });
}

export function useConnectIntegration(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectIntegrationBody) => connectIntegration(departmentId, body),
    onSuccess: () => invalidateIntegrations(queryClient),
  });
}
