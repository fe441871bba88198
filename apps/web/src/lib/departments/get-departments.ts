import { departmentSchema } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { departmentKeys } from './department-keys';

const departmentsResponseSchema = z.array(departmentSchema);

export function getDepartments(signal?: AbortSignal) {
  return apiClient.get('/departments', { schema: departmentsResponseSchema, signal });
}

export function departmentsQueryOptions() {
  return queryOptions({
    queryKey: departmentKeys.list(),
    queryFn: ({ signal }) => getDepartments(signal),
  });
}

export function useDepartments() {
  return useQuery(departmentsQueryOptions());
}
