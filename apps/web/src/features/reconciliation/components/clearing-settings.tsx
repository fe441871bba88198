import { updateClearingSettingBodySchema, type ClearingSetting } from '@qo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Collapsible } from '@/components/ui/collapsible';
import { notify } from '@/components/ui/toast';
import { clearingSettingsQueryOptions, useSaveClearingSetting } from '../api/reconciliation-api';
import { useReconciliationTranslation } from '../locales';
import { percentOf } from './account-section';

/** Per clearing payment type: banking days before a day is flagged, and the fee tolerance. */
export function ClearingSettingsPanel() {
  const { t } = useReconciliationTranslation();
  const settings = useQuery(clearingSettingsQueryOptions());
  if (!settings.data || settings.data.items.length === 0) return null;
  return (
    <div className="card recon-settings">
      <Collapsible title={t('reconciliation.settings.title')}>
        <p className="muted">{t('reconciliation.settings.lead')}</p>
        {settings.data.items.map((item) => (
          <SettingRow key={item.paymentTypeId} item={item} />
        ))}
      </Collapsible>
    </div>
  );
}

/** "2,5" or "2.5" → 250 basis points; null when it is not a number. */
export function parsePercent(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : Math.round(value * 100);
}

function SettingRow({ item }: { item: ClearingSetting }) {
  const { t } = useReconciliationTranslation();
  const save = useSaveClearingSetting();
  const [days, setDays] = useState(String(item.openAfterBankingDays));
  const [tolerance, setTolerance] = useState(percentOf(item.feeToleranceBp));
  const [errors, setErrors] = useState<{ days?: string; tolerance?: string }>({});
  const idBase = `recon-setting-${item.paymentTypeId}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const feeToleranceBp = parsePercent(tolerance);
    if (feeToleranceBp === null) {
      setErrors({ tolerance: t('reconciliation.settings.invalidTolerance') });
      return;
    }
    const parsed = updateClearingSettingBodySchema.safeParse({
      openAfterBankingDays: Number(days),
      feeToleranceBp,
    });
    if (!parsed.success) {
      const found: { days?: string; tolerance?: string } = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'openAfterBankingDays') found.days ??= issue.message;
        else found.tolerance ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate(
      { paymentTypeId: item.paymentTypeId, body: parsed.data },
      { onSuccess: () => notify.success(t('reconciliation.settings.saved', { name: item.name })) },
    );
  };

  return (
    <form className="recon-settings__row" onSubmit={submit} noValidate aria-label={item.name}>
      <p className="recon-settings__name">
        <strong>{item.name}</strong> <span className="muted">· {item.accountNo}</span>
      </p>
      <div className="field">
        <label htmlFor={`${idBase}-days`}>{t('reconciliation.settings.openAfterShort')}</label>
        <input
          id={`${idBase}-days`}
          inputMode="numeric"
          value={days}
          aria-label={t('reconciliation.settings.openAfter', { name: item.name })}
          aria-invalid={errors.days ? true : undefined}
          aria-describedby={errors.days ? `${idBase}-days-error` : undefined}
          onChange={(e) => setDays(e.target.value)}
        />
        {errors.days && (
          <p className="field__error" id={`${idBase}-days-error`}>
            {errors.days}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-tolerance`}>{t('reconciliation.settings.toleranceShort')}</label>
        <input
          id={`${idBase}-tolerance`}
          inputMode="decimal"
          value={tolerance}
          aria-label={t('reconciliation.settings.tolerance', { name: item.name })}
          aria-invalid={errors.tolerance ? true : undefined}
          aria-describedby={errors.tolerance ? `${idBase}-tolerance-error` : undefined}
          onChange={(e) => setTolerance(e.target.value)}
        />
        {errors.tolerance && (
          <p className="field__error" id={`${idBase}-tolerance-error`}>
            {errors.tolerance}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={save.isPending} aria-busy={save.isPending}>
        {save.isPending ? t('reconciliation.settings.saving') : t('reconciliation.settings.save')}
      </button>
      {save.error && <ErrorAlert error={save.error} />}
    </form>
  );
}
