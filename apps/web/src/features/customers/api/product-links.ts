import { productLinkSchema, productLinksSchema } from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-keys';

export function getProductLinks(signal?: AbortSignal) {
  return apiClient.get('/invoicing/products', { schema: productLinksSchema, signal });
}

export function productLinksQueryOptions() {
  return queryOptions({
    queryKey: customerKeys.productLinks(),
    queryFn: ({ signal }) => getProductLinks(signal),
    retry: false,
  });
}

export function useProductLinks(enabled: boolean) {
  return useQuery({ ...productLinksQueryOptions(), enabled });
}

export function useLinkProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      productTypeId,
      powerOfficeProductId,
    }: {
      productTypeId: string;
      powerOfficeProductId: number | null;
    }) =>
      apiClient.put(`/invoicing/products/${encodeURIComponent(productTypeId)}`, {
        body: { powerOfficeProductId },
        schema: productLinkSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.all }),
  });
}

/** Creates the product type's product in PowerOffice GO (or links the one made before) and links it. */
export function useCreatePowerOfficeProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ productTypeId }: { productTypeId: string; name: string }) =>
      apiClient.post(`/invoicing/products/${encodeURIComponent(productTypeId)}/poweroffice-product`, {
        body: {},
        schema: productLinkSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.all }),
  });
}
