import type { QueryClient } from '@tanstack/react-query';
import { departmentsQueryOptions } from '@/lib/departments/get-departments';
import { integrationKeys } from './integration-keys';

/** A connection change shows in the slot table, the cards and the department list. */
export async function invalidateIntegrations(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: integrationKeys.all }),
    queryClient.invalidateQueries({ queryKey: departmentsQueryOptions().queryKey }),
  ]);
}
