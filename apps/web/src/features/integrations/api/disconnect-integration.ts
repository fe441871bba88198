import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateIntegrations } from './invalidate';

export function disconnectIntegration(departmentId: string) {
  return apiClient.delete<void>(`/departments/${encodeURIComponent(departmentId)}/integration`);
}

export function useDisconnectIntegration(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => disconnectIntegration(departmentId),
    onSuccess: () => invalidateIntegrations(queryClient),
  });
}
