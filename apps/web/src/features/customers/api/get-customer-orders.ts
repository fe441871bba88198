import { customerOrderListSchema } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-keys';

export function getCustomerOrders(customerId: string, signal?: AbortSignal) {
  return apiClient.get(`/customers/${encodeURIComponent(customerId)}/orders`, {
    schema: customerOrderListSchema,
    signal,
  });
}

export function customerOrdersQueryOptions(customerId: string) {
  return queryOptions({
    queryKey: customerKeys.orders(customerId),
    queryFn: ({ signal }) => getCustomerOrders(customerId, signal),
  });
}

export function useCustomerOrders(customerId: string) {
  return useQuery(customerOrdersQueryOptions(customerId));
}
