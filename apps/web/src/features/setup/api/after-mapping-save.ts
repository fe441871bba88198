import type { QueryClient } from '@tanstack/react-query';
import { setupKeys } from './get-setup-status';

/**
 * The export feature's query key root (`exportKeys.all`). Named here rather than imported: the export
 * entry also brings its view and styles, which the mapping pages do not need.
 */
const EXPORT_KEY = ['export'] as const;

/**
 * After a saved mapping: the checklist changes, and so does every export preview (a day blocked by the
 * missing mapping is not any more). The accountant fixing a problem from Eksport comes back to a fresh preview.
 */
export function invalidateAfterMappingSave(queryClient: QueryClient, ownKey: readonly unknown[]) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ownKey }),
    queryClient.invalidateQueries({ queryKey: setupKeys.all }),
    queryClient.invalidateQueries({ queryKey: EXPORT_KEY }),
  ]);
}
