import { zodResolver } from '@hookform/resolvers/zod';
import { accountingSettingsBodySchema, accountingSettingsSchema, type AccountingSettingsBody, type ChartAccount } from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { AccountPicker, MappingProblems, registerBundle, useMappingsTranslation } from '@/features/account-picker';
import { invalidateAfterMappingSave } from '@/features/setup';
import { apiClient } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { getErrorMessage } from '@/lib/problem-message';

registerBundle({
  nb: { accountingSettings: { title: 'Øreavrunding', label: 'Konto for øreavrunding', suggestion: 'Forslag: {{account}} (fra PowerOffice, ellers 7740).' } },
  en: { accountingSettings: { title: 'Cash rounding', label: 'Rounding account', suggestion: 'Suggestion: {{account}} (from PowerOffice, else 7740).' } },
});

export const accountingSettingsKeys = { all: ['accounting-settings'] as const };

export function accountingSettingsQueryOptions(departmentId?: string) {
  return queryOptions({
    queryKey: [...accountingSettingsKeys.all, departmentId ?? ''],
    queryFn: ({ signal }) => apiClient.get('/accounting-settings', { query: { departmentId }, schema: accountingSettingsSchema, signal }),
  });
}

type Props = { accounts: readonly ChartAccount[]; departmentId: string | undefined; canEdit: boolean };

/** Regnskap → øreavrunding: the account the voucher's rounding line goes to, suggested from the client. */
export function RoundingAccountForm({ accounts, departmentId, canEdit }: Props) {
  const { t } = useMappingsTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(accountingSettingsQueryOptions(departmentId));
  const save = useMutation({
    mutationFn: (body: AccountingSettingsBody) => apiClient.put('/accounting-settings', { body, query: { departmentId }, schema: accountingSettingsSchema }),
    onSuccess: () => invalidateAfterMappingSave(queryClient, accountingSettingsKeys.all),
  });
  const data = settings.data;
  const { control, handleSubmit, setError, formState } = useForm<AccountingSettingsBody>({
    resolver: zodResolver(accountingSettingsBodySchema),
    values: data ? { roundingAccountNo: data.roundingAccountNo ?? data.suggestedRoundingAccountNo } : undefined,
  });
  if (settings.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (settings.isError || !data) return <p className="alert alert--error" role="alert">{getErrorMessage(settings.error, t)}</p>;

  const onSubmit = handleSubmit(async (body) => {
    try {
      await save.mutateAsync(body);
    } catch (error) {
      const fe = isApiError(error) ? error.fieldErrors.find((e) => e.path === 'roundingAccountNo') : undefined;
      setError('roundingAccountNo', { type: 'server', message: fe?.message ?? getErrorMessage(error, t) });
    }
  });
  return (
    <form className="card form mapping-form" aria-label={t('accountingSettings.title')} onSubmit={onSubmit} noValidate>
      <h2>{t('accountingSettings.title')}</h2>
      <Controller
        control={control}
        name="roundingAccountNo"
        render={({ field }) => (
          <AccountPicker
            label={t('accountingSettings.label')}
            value={field.value ?? null}
            onChange={field.onChange}
            onBlur={field.onBlur}
            accounts={accounts}
            prefer="expense"
            disabled={!canEdit}
            error={formState.errors.roundingAccountNo?.message}
          />
        )}
      />
      {data.roundingAccountNo === null && <p className="muted">{t('accountingSettings.suggestion', { account: data.suggestedRoundingAccountNo })}</p>}
      <MappingProblems problems={data.problems} />
      {canEdit && (
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('mappings.saving') : t('mappings.save')}
        </button>
      )}
    </form>
  );
}
