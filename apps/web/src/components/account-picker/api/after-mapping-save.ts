import type { QueryClient } from '@tanstack/react-query';
import { queryRoots } from '@/lib/query-keys';

/**
 * After a saved mapping: the checklist changes, and so does every export preview (a day blocked by the
 * missing mapping is not any more). The accountant fixing a problem from Eksport comes back to a fresh preview.
 */
export function invalidateAfterMappingSave(queryClient: QueryClient, ownKey: readonly unknown[]) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ownKey }),
    queryClient.invalidateQueries({ queryKey: queryRoots.setupStatus }),
    queryClient.invalidateQueries({ queryKey: queryRoots.export }),
  ]);
}
