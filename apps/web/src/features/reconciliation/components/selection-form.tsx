import type { Department } from '@qo/contracts';
import { useState, type FormEvent } from 'react';
import type { ReconciliationSelection } from '../api/reconciliation-api';
import { useReconciliationTranslation } from '../locales';

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The month before `today`, in the browser's (Oslo) calendar. */
export function lastMonth(today = new Date()): { from: string; to: string } {
  return {
    from: isoDay(new Date(today.getFullYear(), today.getMonth() - 1, 1)),
    to: isoDay(new Date(today.getFullYear(), today.getMonth(), 0)),
  };
}

export function thisMonth(today = new Date()): { from: string; to: string } {
  return { from: isoDay(new Date(today.getFullYear(), today.getMonth(), 1)), to: isoDay(today) };
}

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
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ departmentId, from, to });
  };
  const setPeriod = (p: { from: string; to: string }) => {
    setFrom(p.from);
    setTo(p.to);
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
          <div className="field">
            <label htmlFor="recon-from">{t('reconciliation.form.from')}</label>
            <input
              id="recon-from"
              type="date"
              value={from}
              max={to}
              required
              onChange={(e) => setFrom(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="recon-to">{t('reconciliation.form.to')}</label>
            <input
              id="recon-to"
              type="date"
              value={to}
              min={from}
              required
              onChange={(e) => setTo(e.target.value)}
            />
          </div>
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
