import { paymentTypeSchema, type PaymentTypeBody } from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { invalidateAfterMappingSave } from '@/components/account-picker';
import { apiClient } from '@/lib/api-client';

export const paymentTypeKeys = {
  all: ['payment-types'] as const,
  list: (departmentId?: string) => [...paymentTypeKeys.all, 'list', departmentId ?? ''] as const,
};

export function paymentTypesQueryOptions(departmentId?: string) {
  return queryOptions({
    queryKey: paymentTypeKeys.list(departmentId),
    queryFn: ({ signal }) =>
      apiClient.get('/payment-types', {
        query: { departmentId },
        schema: z.array(paymentTypeSchema),
        signal,
      }),
  });
}

export const usePaymentTypes = (departmentId?: string) => useQuery(paymentTypesQueryOptions(departmentId));

export function useSavePaymentType(departmentId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: PaymentTypeBody }) =>
      id
        ? apiClient.put(`/payment-types/${id}`, { body, query: { departmentId }, schema: paymentTypeSchema })
        : apiClient.post('/payment-types', { body, query: { departmentId }, schema: paymentTypeSchema }),
    onSuccess: () => invalidateAfterMappingSave(queryClient, paymentTypeKeys.all),
  });
}
