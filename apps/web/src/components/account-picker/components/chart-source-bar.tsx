import type { Chart } from '@qo/contracts';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { getErrorMessage } from '@/lib/problem-message';
import { formatDateTime } from '@/lib/format';
import { useRefreshChart } from '../api/get-chart';
import { useMappingsTranslation } from '../locales';

function age(fetchedAt: string, lng: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(fetchedAt)) / 60_000));
  const rtf = new Intl.RelativeTimeFormat(lng === 'en' ? 'en' : 'nb', { numeric: 'auto' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 48 * 60) return rtf.format(-Math.round(minutes / 60), 'hour');
  return formatDateTime(fetchedAt);
}

type ChartSourceBarProps = {
  chart: Chart | undefined;
  isError: boolean;
  error: unknown;
  departmentId: string | undefined;
  onDepartmentChange: (id: string | undefined) => void;
};

/** Where the accounts come from, how old the copy is, a refresh button, and which department's chart to use. */
export function ChartSourceBar({
  chart,
  isError,
  error,
  departmentId,
  onDepartmentChange,
}: ChartSourceBarProps) {
  const { t, i18n } = useMappingsTranslation();
  const refresh = useRefreshChart(departmentId);
  if (isError) {
    return (
      <p className="alert alert--error" role="alert">
        {t('mappings.chart.loadError')} {getErrorMessage(error, t)}
      </p>
    );
  }
  if (!chart) return <p className="muted">{t('app.loading')}</p>;
  if (!chart.source) {
    return (
      <p className="alert" role="status">
        {t('mappings.chart.notConnected')}{' '}
        <Link to={paths.integrations}>{t('mappings.chart.goIntegrations')}</Link>
      </p>
    );
  }
  const clients = new Set(chart.departments.map((d) => d.clientName));
  return (
    <section className="card chart-source" aria-label={t('mappings.chart.title')}>
      <p>
        {t('mappings.chart.source', {
          client: chart.source.clientName ?? '?',
          department: chart.source.departmentName,
          age: age(chart.source.fetchedAt, i18n.language),
        })}{' '}
        <button
          type="button"
          className="button"
          onClick={() => refresh.mutate()}
          disabled={refresh.isPending}
        >
          {refresh.isPending ? t('mappings.chart.refreshing') : t('mappings.chart.refresh')}
        </button>
      </p>
      {refresh.isError && (
        <p className="alert alert--error" role="alert">
          {getErrorMessage(refresh.error, t)}
        </p>
      )}
      {chart.departments.length > 1 && (
        <div className="field">
          <label htmlFor="chart-department">{t('mappings.chart.department')}</label>
          <select
            id="chart-department"
            value={departmentId ?? chart.source.departmentId}
            onChange={(e) => onDepartmentChange(e.target.value)}
          >
            {chart.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
                {d.clientName ? ` (${d.clientName})` : ''}
              </option>
            ))}
          </select>
          {clients.size > 1 && <p className="muted">{t('mappings.chart.multipleClients')}</p>}
        </div>
      )}
    </section>
  );
}
