import type { ExportHistory, HistoryDay } from '@qo/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBusinessDay, formatDateTime, formatNok } from '@/lib/format';
import { ErrorAlert } from '@/components/errors/error-alert';
import { FailureMessage } from '@/components/errors/failure-message';
import { isFinished, useDayAction, useRetryDay, useTransfer } from '../api/export-api';
import { StatusBadge } from './status-badge';

/** Per business day: status, voucher number, when and by whom; reverse and correct where it applies. */
export function HistoryTable({ history }: { history: ExportHistory }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const days = showAll ? history.days : history.days.filter((d) => d.status !== 'not_transferred');
  return (
    <section className="export-history">
      <h3>{history.department.name}</h3>
      <label>
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> {t('export.history.showAll')}
      </label>
      {days.length === 0 ? (
        <p className="muted">{t('export.history.none')}</p>
      ) : (
        <table className="table" aria-label={t('export.history.tableLabel', { department: history.department.name })}>
          <thead>
            <tr>
              <th scope="col">{t('export.history.columns.day')}</th>
              <th scope="col">{t('export.history.columns.status')}</th>
              <th scope="col">{t('export.history.columns.voucher')}</th>
              <th scope="col">{t('export.history.columns.sentAt')}</th>
              <th scope="col">{t('export.history.columns.by')}</th>
              <th scope="col">{t('export.history.columns.message')}</th>
              <th scope="col">{t('export.history.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <HistoryRow key={d.businessDay} day={d} departmentId={history.department.id} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function HistoryRow({ day, departmentId }: { day: HistoryDay; departmentId: string }) {
  const { t } = useTranslation();
  const reverse = useDayAction('reverse');
  const correction = useDayAction('correction');
  const retry = useRetryDay();
  const [confirm, setConfirm] = useState<'reverse' | 'correction' | null>(null);
  const date = formatBusinessDay(day.businessDay);
  const difference = day.difference.map((l) => `${l.accountNo ?? '?'} ${l.amount > 0 ? '+' : '−'}${formatNok(Math.abs(l.amount))}`).join('; ');
  const error = reverse.error ?? correction.error ?? retry.error;
  const run = (kind: 'reverse' | 'correction') => {
    setConfirm(null);
    (kind === 'reverse' ? reverse : correction).mutate({ departmentId, date: day.businessDay });
  };
  return (
    <tr>
      <th scope="row">{date}</th>
      <td>
        <StatusBadge status={day.status} />
      </td>
      <td>{day.voucherNo ?? ''}</td>
      <td>{day.sentAt ? formatDateTime(day.sentAt) : ''}</td>
      <td>{day.automatic ? t('export.history.automatic') : (day.sentBy ?? '')}</td>
      <td>
        {day.status === 'reversed' && day.voucherNo !== null && <div>{t('export.history.reversedVoucher', { voucherNo: day.voucherNo })}</div>}
        <FailureMessage failure={day.failure} message={day.message} />
        {difference && <div>{t('export.history.difference', { lines: difference })}</div>}
        {day.corrections.length > 0 && <div>{t('export.history.corrections', { numbers: day.corrections.map((c) => c.voucherNo).join(', ') })}</div>}
        {reverse.isSuccess && <div role="status">{t('export.history.reversed')}</div>}
        {correction.data && <div role="status">{t('export.history.corrected', { voucherNo: correction.data.voucherNo })}</div>}
        {error && <ErrorAlert error={error} />}
        {retry.data && <RetryProgress transferId={retry.data.transferId} onFinished={retry.reset} />}
      </td>
      <td>
        {day.status === 'failed' && !retry.data && (
          <button
            type="button"
            className="button button--primary"
            aria-label={t('export.history.retryLabel', { date })}
            disabled={retry.isPending}
            onClick={() => retry.mutate({ departmentId, date: day.businessDay })}
          >
            {t('export.history.retry')}
          </button>
        )}
        {(day.status === 'sent' || day.status === 'changed') &&
          (confirm === 'reverse' ? (
            <button type="button" className="button" onClick={() => run('reverse')} disabled={reverse.isPending}>
              {t('export.history.confirmReverse', { date })}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setConfirm('reverse')}>
              {t('export.history.reverse')}
            </button>
          ))}{' '}
        {day.status === 'changed' &&
          (confirm === 'correction' ? (
            <button type="button" className="button" onClick={() => run('correction')} disabled={correction.isPending}>
              {t('export.history.confirmCorrection', { date })}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setConfirm('correction')}>
              {t('export.history.correction')}
            </button>
          ))}
      </td>
    </tr>
  );
}

/** The retried day's transfer, until it has finished (then the history is read again). */
function RetryProgress({ transferId, onFinished }: { transferId: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const { data } = useTransfer(transferId);
  const finished = isFinished(data);
  useEffect(() => {
    if (finished) onFinished();
  }, [finished, onFinished]);
  if (finished) return null;
  return (
    <div role="status" className="muted">
      {t('export.history.retrying')}
    </div>
  );
}
