import { customerSchema } from '@qo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-keys';

export function linkCustomer(customerId: string, powerOfficeCustomerId: number | null) {
  return apiClient.put(`/customers/${encodeURIComponent(customerId)}/poweroffice-link`, {
    body: { powerOfficeCustomerId },
    schema: customerSchema,
  });
}

export function useLinkCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      customerId,
      powerOfficeCustomerId,
    }: {
      customerId: string;
      powerOfficeCustomerId: number | null;
    }) => linkCustomer(customerId, powerOfficeCustomerId),
    // Linking sends the customer's waiting orders: their statuses change too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.all }),
  });
}
