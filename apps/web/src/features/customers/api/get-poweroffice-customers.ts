import { powerOfficeCustomerOptionsSchema } from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-keys';

export function getPowerOfficeCustomers(refresh = false, signal?: AbortSignal) {
  return apiClient.get('/customers/poweroffice-customers', {
    schema: powerOfficeCustomerOptionsSchema,
    query: { refresh: refresh || undefined },
    signal,
  });
}

export function powerOfficeCustomersQueryOptions() {
  return queryOptions({
    queryKey: customerKeys.powerOfficeCustomers(),
    queryFn: ({ signal }) => getPowerOfficeCustomers(false, signal),
    retry: false,
  });
}

export function usePowerOfficeCustomers(enabled: boolean) {
  return useQuery({ ...powerOfficeCustomersQueryOptions(), enabled });
}

/** "Oppdater": reads the client's customers anew instead of the cached list. */
export function useRefreshPowerOfficeCustomers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => getPowerOfficeCustomers(true),
    onSuccess: (data) => queryClient.setQueryData(customerKeys.powerOfficeCustomers(), data),
  });
}
