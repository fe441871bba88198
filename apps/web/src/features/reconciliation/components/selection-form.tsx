import type { Department } from '@qo/contracts';
import { useState, type FormEvent } from 'react';
import { DateField } from '@/components/ui/date-field';
import { useDayRangeFields } from '@/components/ui/day-range-fields';
import { lastMonth, thisMonth } from '@/lib/periods';
import type { ReconciliationSelection } from '../api/reconciliation-api';
import { useReconciliationTranslation } from '../locales';

/** Department and period; applied on submit, so the address (and the BFF read) changes only then. */
export function SelectionForm({
  departments,
  value,
  onApply,
}: {
  departments: Department[];
  value: ReconciliationSelection;
  onApply: (s: ReconciliationSelection) => void;
}) {
  const { t } = useReconciliationTranslation();
  const [departmentId, setDepartmentId] = useState(value.departmentId);
  // The days as typed (dd.mm.åååå whatever the browser's language), read when the form is applied.
  const days = useDayRangeFields(value, { from: 'recon-from', to: 'recon-to' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const period = days.read();
    if (period) onApply({ departmentId, ...period });
  };
  return (
    <form className="card recon-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('reconciliation.form.legend')}</legend>
        <div className="recon-form__fields">
          <div className="field">
            <label htmlFor="recon-department">{t('reconciliation.form.department')}</label>
            <select
              id="recon-department"
              value={departmentId}
              onChange={(e) => setDepartmentId(e.target.value)}
            >
              {departments.map((d) => (
                <option key={d.id} value={d.id} disabled={!d.integration}>
                  {d.integration ? d.name : `${d.name} (${t('reconciliation.form.notConnected')})`}
                </option>
              ))}
            </select>
          </div>
          <DateField label={t('reconciliation.form.from')} {...days.from} />
          <DateField label={t('reconciliation.form.to')} {...days.to} />
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => days.setRange(lastMonth())}>
            {t('reconciliation.form.lastMonth')}
          </button>
          <button type="button" className="button" onClick={() => days.setRange(thisMonth())}>
            {t('reconciliation.form.thisMonth')}
          </button>
          <button type="submit" className="button button--primary">
            {t('reconciliation.form.show')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
