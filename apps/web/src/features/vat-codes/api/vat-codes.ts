import { vatCodeMappingSchema, type PosVatRate } from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { invalidateAfterMappingSave } from '@/components/account-picker';
import { apiClient } from '@/lib/api-client';

export const vatCodeKeys = {
  all: ['vat-codes'] as const,
  list: (departmentId?: string) => [...vatCodeKeys.all, 'list', departmentId ?? ''] as const,
};

export function vatCodesQueryOptions(departmentId?: string) {
  return queryOptions({
    queryKey: vatCodeKeys.list(departmentId),
    queryFn: ({ signal }) =>
      apiClient.get('/vat-codes', { query: { departmentId }, schema: z.array(vatCodeMappingSchema), signal }),
  });
}

export const useVatCodes = (departmentId?: string) => useQuery(vatCodesQueryOptions(departmentId));

export function useSaveVatCode(departmentId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rate, code }: { rate: PosVatRate; code: string | null }) =>
      apiClient.put(`/vat-codes/${rate}`, {
        body: { powerOfficeVatCode: code },
        query: { departmentId },
        schema: vatCodeMappingSchema,
      }),
    onSuccess: () => invalidateAfterMappingSave(queryClient, vatCodeKeys.all),
  });
}
