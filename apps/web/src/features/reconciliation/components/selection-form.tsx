import type { Department } from '@qo/contracts';
import { useState, type FormEvent } from 'react';
import { DateField, formatDateInput, parseDate } from '@/components/ui/date-field';
import { lastMonth, thisMonth, type DayRange } from '@/lib/periods';
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
  const [from, setFrom] = useState(formatDateInput(value.from));
  const [to, setTo] = useState(formatDateInput(value.to));
  const [dateErrors, setDateErrors] = useState<{ from?: string; to?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromDay = parseDate(from);
    const toDay = parseDate(to);
    const errors = {
      from: fromDay ? undefined : t('reconciliation.form.dateInvalid'),
      to: !toDay
        ? t('reconciliation.form.dateInvalid')
        : fromDay && toDay < fromDay
          ? t('reconciliation.form.toBeforeFrom')
          : undefined,
    };
    setDateErrors(errors);
    if (errors.from || errors.to || !fromDay || !toDay) {
      document.getElementById(errors.from ? 'recon-from' : 'recon-to')?.focus();
      return;
    }
    onApply({ departmentId, from: fromDay, to: toDay });
  };
  const setPeriod = (p: DayRange) => {
    setFrom(formatDateInput(p.from));
    setTo(formatDateInput(p.to));
    setDateErrors({});
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
          <DateField
            id="recon-from"
            label={t('reconciliation.form.from')}
            value={from}
            onChange={setFrom}
            error={dateErrors.from}
          />
          <DateField
            id="recon-to"
            label={t('reconciliation.form.to')}
            value={to}
            onChange={setTo}
            error={dateErrors.to}
          />
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => setPeriod(lastMonth())}>
            {t('reconciliation.form.lastMonth')}
          </button>
          <button type="button" className="button" onClick={() => setPeriod(thisMonth())}>
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
