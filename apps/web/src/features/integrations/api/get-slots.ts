import { integrationSlotSchema } from '@qo/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { integrationKeys } from './integration-keys';

const slotsSchema = z.array(integrationSlotSchema);

export function getSlots(signal?: AbortSignal) {
  return apiClient.get('/integration/slots', { schema: slotsSchema, signal });
}

export function slotsQueryOptions() {
  return queryOptions({ queryKey: integrationKeys.slots(), queryFn: ({ signal }) => getSlots(signal) });
}

export function useSlots() {
  return useQuery(slotsQueryOptions());
}
