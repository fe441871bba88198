import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { authKeys } from './auth-keys';

export async function logout(): Promise<void> {
  await apiClient.post('/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.me(), null);
    },
  });
}
