import type { QueryClient } from '@tanstack/react-query';
import { authKeys } from '@/features/auth';
import { isApiError } from '@/lib/api-error';

/**
 * Any 401 from a data query means the session is gone (expired, logged out in another tab).
 * Forgetting the user makes the layout send the user to the login page, remembering the page.
 */
export function forgetUserOnUnauthorized(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const { error } = event.action;
    if (isApiError(error) && error.status === 401) queryClient.setQueryData(authKeys.me(), null);
  });
}
