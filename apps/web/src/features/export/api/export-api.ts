import {
  dayActionResultSchema,
  exportHistorySchema,
  exportPreviewSchema,
  transferCreatedSchema,
  transferSchema,
  type Transfer,
} from '@qo/contracts';
import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { Period } from './preview-chunks';
import { queryRoots } from '@/lib/query-keys';

export type { Period } from './preview-chunks';

export const exportKeys = {
  all: queryRoots.export,
  preview: (departmentId: string, p: Period) =>
    [...exportKeys.all, 'preview', departmentId, p.from, p.to] as const,
  history: (departmentId: string, p: Period) =>
    [...exportKeys.all, 'history', departmentId, p.from, p.to] as const,
  transfer: (id: string) => ['transfers', id] as const,
};

export function previewQueryOptions(departmentId: string, period: Period) {
  return queryOptions({
    queryKey: exportKeys.preview(departmentId, period),
    queryFn: ({ signal }) =>
      apiClient.get(`/departments/${departmentId}/export/preview`, {
        query: { ...period },
        schema: exportPreviewSchema,
        signal,
      }),
    staleTime: 30_000,
  });
}

/** Each department's history of the period; asked for once `enabled` (the page waits for its first preview rows). */
export function useHistories(departmentIds: readonly string[], period: Period | null, enabled = true) {
  return useQueries({
    queries: period
      ? departmentIds.map((id) =>
          queryOptions({
            enabled,
            queryKey: exportKeys.history(id, period),
            queryFn: ({ signal }) =>
              apiClient.get(`/departments/${id}/export/history`, {
                query: { ...period },
                schema: exportHistorySchema,
                signal,
              }),
          }),
        )
      : [],
  });
}

export function useStartTransfers() {
  return useMutation({
    mutationFn: async ({ departmentIds, period }: { departmentIds: readonly string[]; period: Period }) =>
      Promise.all(
        departmentIds.map(async (departmentId) => {
          const { transferId } = await apiClient.post(`/departments/${departmentId}/export/transfers`, {
            body: period,
            schema: transferCreatedSchema,
          });
          return { departmentId, transferId };
        }),
      ),
  });
}

export const isFinished = (t: Transfer | undefined) =>
  t?.status === 'done' || t?.status === 'failed' || t?.status === 'done_with_failures';

/** "Prøv igjen" on a failed day: a transfer of that one business day. */
export function useRetryDay() {
  return useMutation({
    mutationFn: ({ departmentId, date }: { departmentId: string; date: string }) =>
      apiClient.post(`/departments/${departmentId}/export/transfers`, {
        body: { from: date, to: date },
        schema: transferCreatedSchema,
      }),
  });
}

/** A transfer, polled every second until it has finished; then the preview and history are read again. */
export function useTransfer(transferId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: exportKeys.transfer(transferId),
    queryFn: async ({ signal }) => {
      const transfer = await apiClient.get(`/transfers/${transferId}`, { schema: transferSchema, signal });
      if (isFinished(transfer)) void queryClient.invalidateQueries({ queryKey: exportKeys.all });
      return transfer;
    },
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 1000),
  });
}

export function useDayAction(kind: 'reverse' | 'correction') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ departmentId, date }: { departmentId: string; date: string }) =>
      apiClient.post(`/departments/${departmentId}/export/days/${date}/${kind}`, {
        schema: dayActionResultSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exportKeys.all }),
  });
}
