import { vatCodeBodySchema, type ChartVatCode, type VatCodeBody, type VatCodeMapping } from '@qo/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { MappingProblems, useMappingsTranslation } from '@/features/account-picker';
import { isApiError } from '@/lib/api-error';
import { getErrorMessage } from '@/lib/problem-message';
import { useSaveVatCode } from '../api/vat-codes';

type VatCodeFormProps = { mapping: VatCodeMapping; vatCodes: readonly ChartVatCode[]; departmentId: string | undefined; canEdit: boolean };

/**
 * One POS rate: the client's VAT codes of the same rate first (the others are listed but refused by
 * the BFF), the SAF-T suggestion pre-selected while nothing is chosen.
 */
export function VatCodeForm({ mapping, vatCodes, departmentId, canEdit }: VatCodeFormProps) {
  const { t } = useMappingsTranslation();
  const id = useId();
  const save = useSaveVatCode(departmentId);
  const active = vatCodes.filter((v) => v.isActive);
  const hasSuggestion = active.some((v) => v.code === mapping.suggestedVatCode);
  const initial = mapping.powerOfficeVatCode ?? (hasSuggestion ? mapping.suggestedVatCode : null);
  const { register, handleSubmit, setError, formState } = useForm<VatCodeBody>({
    resolver: zodResolver(vatCodeBodySchema),
    values: { powerOfficeVatCode: initial },
  });
  const sameRate = active.filter((v) => v.rate === mapping.rate);
  const otherRate = active.filter((v) => v.rate !== mapping.rate);
  const label = t('vatCodes.codeFor', { rate: mapping.rate });

  const onSubmit = handleSubmit(async (body) => {
    try {
      await save.mutateAsync({ rate: mapping.rate, code: body.powerOfficeVatCode || null });
    } catch (error) {
      const fe = isApiError(error) ? error.fieldErrors.find((e) => e.path === 'powerOfficeVatCode') : undefined;
      setError('powerOfficeVatCode', { type: 'server', message: fe?.message ?? getErrorMessage(error, t) });
    }
  });
  const error = formState.errors.powerOfficeVatCode?.message;
  const option = (v: ChartVatCode) => (
    <option key={v.code} value={v.code}>
      {v.code} – {v.name} ({v.rate} %)
    </option>
  );

  return (
    <form className="card form mapping-form" aria-label={t('vatCodes.rateTitle', { rate: mapping.rate })} onSubmit={onSubmit} noValidate>
      <h2>{t('vatCodes.rateTitle', { rate: mapping.rate })}</h2>
      <div className="field">
        <label htmlFor={`${id}-code`}>{label}</label>
        <select id={`${id}-code`} disabled={!canEdit} aria-invalid={error ? true : undefined} {...register('powerOfficeVatCode', { setValueAs: (v: string) => v || null })}>
          <option value="">{t('vatCodes.choose')}</option>
          <optgroup label={t('vatCodes.sameRate', { rate: mapping.rate })}>{sameRate.map(option)}</optgroup>
          <optgroup label={t('vatCodes.otherRate')}>{otherRate.map(option)}</optgroup>
          {mapping.powerOfficeVatCode && !active.some((v) => v.code === mapping.powerOfficeVatCode) && (
            <option value={mapping.powerOfficeVatCode}>{mapping.powerOfficeVatCode}</option>
          )}
        </select>
        {error && <p className="field__error">{error}</p>}
        {mapping.powerOfficeVatCode === null && <p className="muted">{t(mapping.rate === 0 ? 'vatCodes.suggestionZero' : 'vatCodes.suggestion', { code: mapping.suggestedVatCode })}</p>}
      </div>
      <MappingProblems problems={mapping.problems} />
      {canEdit && (
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('mappings.saving') : t('mappings.save')}
        </button>
      )}
    </form>
  );
}
