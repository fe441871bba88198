import { orderDetailSchema } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-keys';

export function getOrder(orderId: string, signal?: AbortSignal) {
  return apiClient.get(`/orders/${encodeURIComponent(orderId)}`, { schema: orderDetailSchema, signal });
}

export function orderQueryOptions(orderId: string) {
  return queryOptions({
    queryKey: customerKeys.order(orderId),
    queryFn: ({ signal }) => getOrder(orderId, signal),
  });
}

export function useOrder(orderId: string) {
  return useQuery(orderQueryOptions(orderId));
}
