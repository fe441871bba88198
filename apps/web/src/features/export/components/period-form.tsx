import type { Department } from '@qo/contracts';
import { useState, type FormEvent } from 'react';
import { DateField } from '@/components/ui/date-field';
import { useDayRangeFields } from '@/components/ui/day-range-fields';
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
  const days = useDayRangeFields(value, { from: 'export-from', to: 'export-to' });
  const [chosen, setChosen] = useState<Set<string>>(new Set(value.departmentIds));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const period = days.read();
    setError(chosen.size === 0 ? t('export.period.pickDepartment') : null);
    if (!period || chosen.size === 0) return;
    onApply({
      ...period,
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

  return (
    <form className="card export-period" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('export.period.legend')}</legend>
        <div className="export-period__dates">
          <DateField label={t('export.period.from')} {...days.from} />
          <DateField label={t('export.period.to')} {...days.to} />
          <button type="button" className="button" onClick={() => days.setRange(lastWeek())}>
            {t('export.period.lastWeek')}
          </button>
          <button type="button" className="button" onClick={() => days.setRange(lastMonth())}>
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
