import { integrationDetailSchema, integrationHistoryEntrySchema } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { integrationKeys } from './integration-keys';

const responseSchema = z.object({
  integration: integrationDetailSchema.nullable(),
  history: z.array(integrationHistoryEntrySchema),
});

export function getIntegration(departmentId: string, signal?: AbortSignal) {
  return apiClient.get(`/departments/${encodeURIComponent(departmentId)}/integration`, {
    schema: responseSchema,
    signal,
  });
}

export function integrationQueryOptions(departmentId: string) {
  return queryOptions({
    queryKey: integrationKeys.detail(departmentId),
    queryFn: ({ signal }) => getIntegration(departmentId, signal),
  });
}

export function useIntegration(departmentId: string) {
  return useQuery(integrationQueryOptions(departmentId));
}
