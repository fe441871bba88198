import type { QueryClient } from '@tanstack/react-query';
import { meQueryOptions } from '@/features/auth';
import { canAccess, type Area } from '@/lib/authorization';

/**
 * Loaders run in parallel with the layout's auth loader, so each one asks for the user itself
 * (deduplicated by the query cache) and prefetches only what the role may read.
 */
export function createAreaLoader(area: Area, prefetch?: (queryClient: QueryClient) => Promise<unknown>) {
  return (queryClient: QueryClient) => async () => {
    const user = await queryClient.ensureQueryData(meQueryOptions());
    if (user && canAccess(user.role, area) && prefetch) await prefetch(queryClient);
    return null;
  };
}
