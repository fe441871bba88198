import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { notify } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { useDepartments } from '@/lib/departments/get-departments';
import { formatBusinessDay, formatDateTime } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import {
  reconciliationQueryOptions,
  useRefreshReconciliation,
  type ReconciliationSelection,
} from '../api/reconciliation-api';
import { useReconciliationTranslation } from '../locales';
import { AccountSection } from './account-section';
import { ClearingSettingsPanel } from './clearing-settings';
import { lastMonth } from '@/lib/periods';
import { SelectionForm } from './selection-form';
// Here, not in the feature's index, so the styles come with the component that uses them.
import '../reconciliation.css';

/** The department and period live in the address, so a day can be linked to and reloaded. */
function useSelection(): [ReconciliationSelection | null, (s: ReconciliationSelection) => void] {
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('department');
  const from = params.get('from');
  const to = params.get('to');
  const selection = departmentId && from && to ? { departmentId, from, to } : null;
  return [
    selection,
    (s) => setParams(new URLSearchParams({ department: s.departmentId, from: s.from, to: s.to })),
  ];
}

export function ReconciliationView() {
  const { t } = useReconciliationTranslation();
  const departments = useDepartments();
  const [selection, apply] = useSelection();
  const connected = (departments.data ?? []).filter((d) => d.integration);
  const chosen = selection ?? (connected[0] ? { departmentId: connected[0].id, ...lastMonth() } : null);
  const view = useQuery({
    ...reconciliationQueryOptions(chosen ?? { departmentId: '', from: '', to: '' }),
    enabled: chosen !== null,
  });
  const refresh = useRefreshReconciliation();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // After "Vis avstemming" the answer is where the eye and the keyboard go next.
  useEffect(() => {
    if (selection && view.data) resultHeading.current?.focus();
  }, [selection, view.data]);

  if (!departments.data) return null;
  if (!chosen) {
    return (
      <div className="card">
        <p>{t('reconciliation.form.noConnected')}</p>
        <Link className="button" to={paths.integrations}>
          {t('reconciliation.form.toIntegrations')}
        </Link>
      </div>
    );
  }

  const data = view.data;
  const onRefresh = () =>
    refresh.mutate(chosen, {
      onSuccess: () => notify.success(t('reconciliation.read.refreshed')),
      onError: (error) => notify.error(t('reconciliation.read.failed'), getErrorMessage(error, t)),
    });

  return (
    <>
      <SelectionForm
        key={`${chosen.departmentId}|${chosen.from}|${chosen.to}`}
        departments={departments.data}
        value={chosen}
        onApply={apply}
      />
      {view.isPending && (
        <p role="status" className="muted">
          {t('reconciliation.read.loading')}
        </p>
      )}
      {view.error && <ErrorAlert error={view.error} prefix={t('reconciliation.read.failed')} />}
      {data && (
        <section className="recon-result" aria-labelledby="recon-result-heading">
          <h2 id="recon-result-heading" ref={resultHeading} tabIndex={-1}>
            {data.department.name}: {formatBusinessDay(data.from)}–{formatBusinessDay(data.to)}
          </h2>
          {data.readAt && (
            <div className="recon-read card">
              <p>
                {t('reconciliation.read.lastRead', { when: formatDateTime(data.readAt) })} ·{' '}
                {t('reconciliation.read.requests', { count: data.requests })}
              </p>
              <p className="muted">
                {t('reconciliation.read.window', {
                  from: formatBusinessDay(data.readFrom),
                  // What lies after today is not there yet.
                  to: formatBusinessDay(data.readTo > data.today ? data.today : data.readTo),
                })}{' '}
                {t('reconciliation.read.readOnly')}
              </p>
              <button
                type="button"
                className="button"
                onClick={onRefresh}
                disabled={refresh.isPending}
                aria-busy={refresh.isPending}
              >
                {refresh.isPending ? t('reconciliation.read.refreshing') : t('reconciliation.read.refresh')}
              </button>
            </div>
          )}
          {data.accounts.length === 0 ? (
            <div className="card">
              <p>{t('reconciliation.noAccounts')}</p>
              <Link className="button" to={paths.paymentTypes}>
                {t('reconciliation.toPaymentTypes')}
              </Link>
            </div>
          ) : (
            data.accounts.map((account) => <AccountSection key={account.accountNo} account={account} />)
          )}
          <ClearingSettingsPanel />
        </section>
      )}
    </>
  );
}
