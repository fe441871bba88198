import { powerOfficeDepartmentListSchema } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { integrationKeys } from './integration-keys';

export function getPowerOfficeDepartments(departmentId: string, signal?: AbortSignal) {
  return apiClient.get(`/departments/${encodeURIComponent(departmentId)}/poweroffice/departments`, {
    schema: powerOfficeDepartmentListSchema,
    signal,
  });
}

export function powerOfficeDepartmentsQueryOptions(departmentId: string) {
  return queryOptions({
    queryKey: integrationKeys.powerOfficeDepartments(departmentId),
    queryFn: ({ signal }) => getPowerOfficeDepartments(departmentId, signal),
  });
}

export function usePowerOfficeDepartments(departmentId: string, enabled: boolean) {
  return useQuery({ ...powerOfficeDepartmentsQueryOptions(departmentId), enabled });
}
