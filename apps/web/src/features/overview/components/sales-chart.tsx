import type { Department } from '@qo/contracts';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatBusinessDay, formatNok } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { useSalesChart, type ChartDays } from '../api/overview-api';
import { useOverviewTranslation } from '../locales';
import { abbreviateKroner } from './month';

/*
 * The daily sales chart (Recharts, docs/decisions/0014-charting-library.md): gross sales as bars,
 * what PowerOffice GO holds as a line, the last 30 or 90 business days. This module is the only one
 * that imports Recharts and is loaded lazily, so only Oversikt pays for it. The same numbers are
 * behind "Vis som tabell" for those who do not read charts.
 */
export default function SalesChart({ department, days }: { department: Department; days: ChartDays }) {
  const { t, i18n } = useOverviewTranslation();
  const { data, error, refetch } = useSalesChart(department.id, days);
  if (error) {
    return (
      <div className="alert alert--error" role="alert">
        <p>{t('overview.chart.loadError', { department: department.name })}</p>
        <p>{getErrorMessage(error, t)}</p>
        <button type="button" className="button" onClick={() => void refetch()}>
          {t('overview.retry')}
        </button>
      </div>
    );
  }
  if (!data) return <p className="muted overview-chart__placeholder">{t('overview.chart.loading')}</p>;

  const rows = data.days.map((d) => ({
    day: d.businessDay,
    gross: d.gross / 100,
    transferred: d.transferred / 100,
    ore: d,
  }));
  const gross = data.days.reduce((s, d) => s + d.gross, 0);
  const transferred = data.days.reduce((s, d) => s + d.transferred, 0);
  const grossName = t('overview.chart.gross');
  const transferredName = t('overview.chart.transferred');
  const shortDay = (day: string) => formatBusinessDay(day).slice(0, 5);

  return (
    <figure
      className="overview-chart"
      aria-label={t('overview.chart.label', { department: department.name, count: days })}
    >
      <div className="overview-chart__plot">
        <ResponsiveContainer width="100%" height={220}>
          <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--color-border)" vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={shortDay}
              minTickGap={16}
              tick={{ fontSize: 12, fill: 'var(--color-muted)' }}
            />
            <YAxis
              width={44}
              tickFormatter={(kroner: number) => abbreviateKroner(Math.round(kroner * 100), i18n.language)}
              tick={{ fontSize: 12, fill: 'var(--color-muted)' }}
            />
            <Tooltip
              labelFormatter={(day) => formatBusinessDay(String(day))}
              formatter={(value, name, item) => {
                const ore = (item.payload as (typeof rows)[number]).ore;
                return [formatNok(name === grossName ? ore.gross : ore.transferred), name];
              }}
            />
            <Legend wrapperStyle={{ fontSize: 13 }} />
            <Bar dataKey="gross" name={grossName} fill="var(--color-primary)" isAnimationActive={false} />
            <Line
              dataKey="transferred"
              name={transferredName}
              type="stepAfter"
              stroke="var(--color-ok)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">
        {t('overview.chart.summary', { gross: formatNok(gross), transferred: formatNok(transferred) })}
      </figcaption>
      <details className="overview-chart__table">
        <summary>{t('overview.chart.table')}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('overview.chart.columns.day')}</th>
              <th scope="col" className="num">
                {t('overview.chart.columns.gross')}
              </th>
              <th scope="col" className="num">
                {t('overview.chart.columns.transferred')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.days.map((d) => (
              <tr key={d.businessDay}>
                <th scope="row">{formatBusinessDay(d.businessDay)}</th>
                <td className="num">{formatNok(d.gross)}</td>
                <td className="num">{formatNok(d.transferred)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
