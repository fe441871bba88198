import {
  clearingSettingSchema,
  clearingSettingsSchema,
  reconciliationSchema,
  type Reconciliation,
  type UpdateClearingSettingBody,
} from '@qo/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export interface ReconciliationSelection {
  departmentId: string;
  from: string;
  to: string;
}

export const reconciliationKeys = {
  all: ['reconciliation'] as const,
  view: (s: ReconciliationSelection) =>
    [...reconciliationKeys.all, 'view', s.departmentId, s.from, s.to] as const,
  settings: () => [...reconciliationKeys.all, 'settings'] as const,
};

/** The BFF answers from its last read of PowerOffice; `refresh` reads PowerOffice again. */
export function fetchReconciliation(
  s: ReconciliationSelection,
  refresh: boolean,
  signal?: AbortSignal,
): Promise<Reconciliation> {
  return apiClient.get(`/departments/${encodeURIComponent(s.departmentId)}/reconciliation`, {
    query: { from: s.from, to: s.to, ...(refresh ? { refresh: 'true' } : {}) },
    schema: reconciliationSchema,
    signal,
  });
}

export function reconciliationQueryOptions(s: ReconciliationSelection) {
  return queryOptions({
    queryKey: reconciliationKeys.view(s),
    queryFn: ({ signal }) => fetchReconciliation(s, false, signal),
    staleTime: 60_000,
  });
}

/** "Oppdater": reads PowerOffice anew and puts the answer where the page reads it. */
export function useRefreshReconciliation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (s: ReconciliationSelection) => fetchReconciliation(s, true),
    onSuccess: (data, s) => queryClient.setQueryData(reconciliationKeys.view(s), data),
  });
}

export function clearingSettingsQueryOptions() {
  return queryOptions({
    queryKey: reconciliationKeys.settings(),
    queryFn: ({ signal }) =>
      apiClient.get('/reconciliation/settings', { schema: clearingSettingsSchema, signal }),
  });
}

export function useSaveClearingSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ paymentTypeId, body }: { paymentTypeId: string; body: UpdateClearingSettingBody }) =>
      apiClient.put(`/reconciliation/settings/${encodeURIComponent(paymentTypeId)}`, {
        body,
        schema: clearingSettingSchema,
      }),
    // Due dates and matches change with the settings: the views are worked out again (from the stored read).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reconciliationKeys.all }),
  });
}
