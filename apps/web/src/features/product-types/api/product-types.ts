import { productTypeSchema, type ProductTypeBody } from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { invalidateAfterMappingSave } from '@/components/account-picker';
import { apiClient } from '@/lib/api-client';

export const productTypeKeys = {
  all: ['product-types'] as const,
  list: (departmentId?: string) => [...productTypeKeys.all, 'list', departmentId ?? ''] as const,
};

export function productTypesQueryOptions(departmentId?: string) {
  return queryOptions({
    queryKey: productTypeKeys.list(departmentId),
    queryFn: ({ signal }) =>
      apiClient.get('/product-types', {
        query: { departmentId },
        schema: z.array(productTypeSchema),
        signal,
      }),
  });
}

export function useProductTypes(departmentId?: string) {
  return useQuery(productTypesQueryOptions(departmentId));
}

/** Create (id undefined) or update; afterwards the list and the setup checklist are read again. */
export function useSaveProductType(departmentId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ProductTypeBody }) =>
      id
        ? apiClient.put(`/product-types/${id}`, { body, query: { departmentId }, schema: productTypeSchema })
        : apiClient.post('/product-types', { body, query: { departmentId }, schema: productTypeSchema }),
    onSuccess: () => invalidateAfterMappingSave(queryClient, productTypeKeys.all),
  });
}
