import { meResponseSchema, type User } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { authKeys } from './auth-keys';

/** The signed-in user, or null when there is no session (401 is an answer here, not an error). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    const { user } = await apiClient.get('/me', { schema: meResponseSchema, signal });
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
