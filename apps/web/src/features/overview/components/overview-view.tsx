import type { Department } from '@qo/contracts';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { useDepartments } from '@/lib/departments/get-departments';
import type { ChartDays } from '../api/overview-api';
import { useOverviewTranslation } from '../locales';
import { AttentionList } from './attention-list';
import { CalendarLegend } from './calendar-legend';
import { DepartmentCalendar } from './department-calendar';
import { addMonths, isMonth, monthLabel, osloToday } from './month';
// Here, not in the feature's index: a re-exporting index is skipped by the bundler with its CSS.
import '../overview.css';

// Recharts is loaded with the chart only, after the calendars: Oversikt shows its days first.
const SalesChart = lazy(() => import('./sales-chart'));

/** The month and the chart's range live in the address, so back and forth from Eksport returns here as it was. */
function useOverviewParams() {
  const [params, setParams] = useSearchParams();
  const monthParam = params.get('month');
  const month = isMonth(monthParam) ? monthParam : osloToday().slice(0, 7);
  const days: ChartDays = params.get('days') === '90' ? 90 : 30;
  const update = (change: (prev: URLSearchParams) => Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(change(prev))) next.set(k, v);
        return next;
      },
      { replace: true },
    );
  const monthOf = (p: URLSearchParams) => {
    const m = p.get('month');
    return isMonth(m) ? m : osloToday().slice(0, 7);
  };
  return {
    month,
    days,
    // From the address as it is when the click lands, so quick clicks each move a month.
    stepMonth: (n: number) => update((prev) => ({ month: addMonths(monthOf(prev), n) })),
    setDays: (d: ChartDays) => update(() => ({ days: String(d) })),
  };
}

export function OverviewView() {
  const { t, i18n } = useOverviewTranslation();
  const departments = useDepartments();
  const { month, days, stepMonth, setDays } = useOverviewParams();
  const label = monthLabel(month, i18n.language);

  return (
    <>
      <AttentionList />
      <section aria-labelledby="overview-days-title" className="overview-days">
        <div className="card overview-toolbar">
          <h2 id="overview-days-title">{t('overview.calendar.title')}</h2>
          <p className="muted overview-toolbar__lead">{t('overview.calendar.lead')}</p>
          <div className="overview-toolbar__controls">
            <div className="overview-month" role="group" aria-label={t('overview.calendar.month')}>
              <button
                type="button"
                className="button"
                onClick={() => stepMonth(-1)}
                aria-label={t('overview.calendar.previous')}
              >
                ‹
              </button>
              <span className="overview-month__label" aria-live="polite">
                {label}
              </span>
              <button
                type="button"
                className="button"
                onClick={() => stepMonth(1)}
                aria-label={t('overview.calendar.next')}
              >
                ›
              </button>
            </div>
            <fieldset className="overview-range">
              <legend>{t('overview.chart.range')}</legend>
              {([30, 90] as const).map((n) => (
                <label key={n} className={days === n ? 'is-checked' : undefined}>
                  <input
                    type="radio"
                    name="overview-range"
                    value={n}
                    checked={days === n}
                    onChange={() => setDays(n)}
                  />
                  {t('overview.chart.days', { count: n })}
                </label>
              ))}
            </fieldset>
          </div>
          <CalendarLegend />
        </div>
        {departments.data?.length === 0 && <p className="card">{t('overview.calendar.noDepartments')}</p>}
        {departments.data?.map((d) => (
          <DepartmentCard key={d.id} department={d} month={month} days={days} />
        ))}
      </section>
    </>
  );
}

function DepartmentCard({
  department,
  month,
  days,
}: {
  department: Department;
  month: string;
  days: ChartDays;
}) {
  const { t } = useOverviewTranslation();
  return (
    <section className="card overview-department" aria-labelledby={`overview-department-${department.id}`}>
      <h3 id={`overview-department-${department.id}`}>{department.name}</h3>
      {!department.integration && <p className="muted">{t('overview.calendar.notConnected')}</p>}
      <div className="overview-department__body">
        <DepartmentCalendar department={department} month={month} />
        <div className="overview-department__chart">
          <h4>{t('overview.chart.title')}</h4>
          <Suspense
            fallback={<p className="muted overview-chart__placeholder">{t('overview.chart.loading')}</p>}
          >
            <SalesChart department={department} days={days} />
          </Suspense>
        </div>
      </div>
    </section>
  );
}
