import { orderDetailSchema } from '@qo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-keys';

export function sendOrder(orderId: string) {
  return apiClient.post(`/orders/${encodeURIComponent(orderId)}/poweroffice/send`, {
    schema: orderDetailSchema,
  });
}

export function useSendOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(customerKeys.order(order.id), order);
      return queryClient.invalidateQueries({ queryKey: customerKeys.all });
    },
  });
}
