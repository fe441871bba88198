import { accountingSettingsSchema, type AccountingSettingsBody } from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invalidateAfterMappingSave } from '@/components/account-picker';
import { apiClient } from '@/lib/api-client';

export const accountingSettingsKeys = { all: ['accounting-settings'] as const };

/** The accounting settings (the rounding account and its suggestion), checked against a department's chart. */
export function accountingSettingsQueryOptions(departmentId?: string) {
  return queryOptions({
    queryKey: [...accountingSettingsKeys.all, departmentId ?? ''],
    queryFn: ({ signal }) =>
      apiClient.get('/accounting-settings', {
        query: { departmentId },
        schema: accountingSettingsSchema,
        signal,
      }),
  });
}

export const useAccountingSettings = (departmentId?: string) =>
  useQuery(accountingSettingsQueryOptions(departmentId));

/** Saves the rounding account; afterwards the settings, the checklist and the export are read again. */
export function useSaveAccountingSettings(departmentId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountingSettingsBody) =>
      apiClient.put('/accounting-settings', {
        body,
        query: { departmentId },
        schema: accountingSettingsSchema,
      }),
    onSuccess: () => invalidateAfterMappingSave(queryClient, accountingSettingsKeys.all),
  });
}
