import { meResponseSchema, type LoginBody } from '@qo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { authKeys } from './auth-keys';

export async function login(body: LoginBody) {
  const { user } = await apiClient.post('/auth/login', { body, schema: meResponseSchema });
  return user;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // A new session: nothing cached for a previous user may survive.
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.me(), user);
    },
  });
}
