import { setupStatusSchema } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';

/** Every mapping change invalidates `setupKeys.all`, so the checklist and badge follow at once. */
export const setupKeys = {
  all: queryRoots.setupStatus,
  detail: (departmentId?: string) => [...setupKeys.all, departmentId ?? ''] as const,
};

export function getSetupStatus(departmentId?: string, signal?: AbortSignal) {
  return apiClient.get('/setup-status', { query: { departmentId }, schema: setupStatusSchema, signal });
}

export function setupStatusQueryOptions(departmentId?: string) {
  return queryOptions({
    queryKey: setupKeys.detail(departmentId),
    queryFn: ({ signal }) => getSetupStatus(departmentId, signal),
  });
}

export function useSetupStatus(departmentId?: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...setupStatusQueryOptions(departmentId), enabled: options.enabled ?? true });
}
