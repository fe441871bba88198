import { orderDetailSchema, transferCreatedSchema, transferSchema, type Transfer } from '@qo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';

/*
 * The two fixes Oversikt does in place, on the BFF's own routes: "Prøv igjen" is a transfer of the
 * one business day (as Eksport's), "Send på nytt" the order's send-again (as Kunder's). When they
 * end, Eksport's queries are refreshed through their root (src/lib/query-keys.ts).
 */

export const isTransferFinished = (t: Transfer | undefined) =>
  t?.status === 'done' || t?.status === 'failed' || t?.status === 'done_with_failures';

export function useRetryDay() {
  return useMutation({
    mutationFn: ({ departmentId, date }: { departmentId: string; date: string }) =>
      apiClient.post(`/departments/${encodeURIComponent(departmentId)}/export/transfers`, {
        body: { from: date, to: date },
        schema: transferCreatedSchema,
      }),
  });
}

/** The transfer, read every second until it has ended. */
export function useTransferProgress(transferId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['transfers', transferId],
    queryFn: async ({ signal }) => {
      const transfer = await apiClient.get(`/transfers/${encodeURIComponent(transferId)}`, {
        schema: transferSchema,
        signal,
      });
      if (isTransferFinished(transfer)) void queryClient.invalidateQueries({ queryKey: queryRoots.export });
      return transfer;
    },
    refetchInterval: (query) => (isTransferFinished(query.state.data) ? false : 1000),
  });
}

export function useSendOrderAgain() {
  return useMutation({
    mutationFn: (orderId: string) =>
      apiClient.post(`/orders/${encodeURIComponent(orderId)}/poweroffice/send`, {
        schema: orderDetailSchema,
      }),
  });
}
