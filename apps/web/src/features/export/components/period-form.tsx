import type { Department } from '@qo/contracts';
import { useState, type FormEvent } from 'react';
import { DateField, formatDateInput, parseDate } from '@/components/ui/date-field';
import { lastMonth, lastWeek } from '@/lib/periods';
import type { Period } from '../api/export-api';
import { useExportTranslation } from '../locales';

export interface PeriodSelection extends Period {
  departmentIds: string[];
}

/** Period and departments; the chosen values are applied only on submit. */
export function PeriodForm({
  departments,
  value,
  onApply,
}: {
  departments: Department[];
  value: PeriodSelection;
  onApply: (v: PeriodSelection) => void;
}) {
  const { t } = useExportTranslation();
  // The days as typed (dd.mm.åååå), read when the form is applied.
  const [from, setFrom] = useState(formatDateInput(value.from));
  const [to, setTo] = useState(formatDateInput(value.to));
  const [chosen, setChosen] = useState<Set<string>>(new Set(value.departmentIds));
  const [error, setError] = useState<string | null>(null);
  const [dateErrors, setDateErrors] = useState<{ from?: string; to?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromDay = parseDate(from);
    const toDay = parseDate(to);
    const errors = {
      from: fromDay ? undefined : t('export.period.dateInvalid'),
      to: !toDay
        ? t('export.period.dateInvalid')
        : fromDay && toDay < fromDay
          ? t('export.period.toBeforeFrom')
          : undefined,
    };
    setDateErrors(errors);
    setError(chosen.size === 0 ? t('export.period.pickDepartment') : null);
    if (errors.from || errors.to) {
      document.getElementById(errors.from ? 'export-from' : 'export-to')?.focus();
      return;
    }
    if (chosen.size === 0 || !fromDay || !toDay) return;
    onApply({
      from: fromDay,
      to: toDay,
      departmentIds: departments.filter((d) => chosen.has(d.id)).map((d) => d.id),
    });
  };
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const setPeriod = (p: Period) => {
    setFrom(formatDateInput(p.from));
    setTo(formatDateInput(p.to));
    setDateErrors({});
  };

  return (
    <form className="card export-period" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('export.period.legend')}</legend>
        <div className="export-period__dates">
          <DateField
            id="export-from"
            label={t('export.period.from')}
            value={from}
            onChange={setFrom}
            error={dateErrors.from}
          />
          <DateField
            id="export-to"
            label={t('export.period.to')}
            value={to}
            onChange={setTo}
            error={dateErrors.to}
          />
          <button type="button" className="button" onClick={() => setPeriod(lastWeek())}>
            {t('export.period.lastWeek')}
          </button>
          <button type="button" className="button" onClick={() => setPeriod(lastMonth())}>
            {t('export.period.lastMonth')}
          </button>
        </div>
        <fieldset className="export-period__departments">
          <legend>{t('export.period.departments')}</legend>
          {departments.map((d) => (
            <label key={d.id} className="export-period__department">
              <input type="checkbox" checked={chosen.has(d.id)} onChange={() => toggle(d.id)} />
              {d.name}
              {!d.integration && <span className="muted"> ({t('export.period.notConnected')})</span>}
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary">
          {t('export.period.show')}
        </button>
      </fieldset>
    </form>
  );
}
