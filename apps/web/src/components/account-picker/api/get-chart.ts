import { chartSchema, type Chart } from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** Query keys of the chart the pickers read; one entry per viewed department ('' = default). */
export const chartKeys = {
  all: ['chart-of-accounts'] as const,
  detail: (departmentId: string | undefined) => [...chartKeys.all, departmentId ?? ''] as const,
};

export function getChart(
  departmentId: string | undefined,
  options: { refresh?: boolean; signal?: AbortSignal } = {},
): Promise<Chart> {
  return apiClient.get('/chart-of-accounts', {
    query: { departmentId, refresh: options.refresh ? 'true' : undefined },
    schema: chartSchema,
    signal: options.signal,
  });
}

export function chartQueryOptions(departmentId: string | undefined) {
  return queryOptions({
    queryKey: chartKeys.detail(departmentId),
    queryFn: ({ signal }) => getChart(departmentId, { signal }),
    staleTime: 60_000,
  });
}

export function useChart(departmentId: string | undefined) {
  return useQuery(chartQueryOptions(departmentId));
}

/** "Hent på nytt": reads the lists anew from PowerOffice, then every mapping re-checks its problems. */
export function useRefreshChart(departmentId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => getChart(departmentId, { refresh: true }),
    onSuccess: async (chart) => {
      queryClient.setQueryData(chartKeys.detail(departmentId), chart);
      await queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] !== chartKeys.all[0] && q.queryKey[0] !== 'me',
      });
    },
  });
}
