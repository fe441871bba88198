import { customerListSchema } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-keys';

export function getCustomers(signal?: AbortSignal) {
  return apiClient.get('/customers', { schema: customerListSchema, signal });
}

export function customersQueryOptions() {
  return queryOptions({ queryKey: customerKeys.list(), queryFn: ({ signal }) => getCustomers(signal) });
}

export function useCustomers() {
  return useQuery(customersQueryOptions());
}
