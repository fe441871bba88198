import type { ExportHistory, HistoryDay, VoucherDocumentationState } from '@qo/contracts';
import { useEffect, useState } from 'react';
import { buildUrl } from '@/lib/api-client';
import { formatBusinessDay, formatDateTime, formatNok } from '@/lib/format';
import { ErrorAlert } from '@/components/errors/error-alert';
import { FailureMessage } from '@/components/errors/failure-message';
import { isFinished, useDayAction, useRetryDay, useTransfer } from '../api/export-api';
import { StatusBadge } from './status-badge';
import { useExportTranslation } from '../locales';

/** Per business day: status, voucher number, when and by whom; reverse and correct where it applies. */
export function HistoryTable({ history }: { history: ExportHistory }) {
  const { t } = useExportTranslation();
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
  const { t } = useExportTranslation();
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
      <td>
        {day.voucherNo ?? ''}
        {day.importedVoucherNo !== null && <div>{t('export.history.importedNo', { no: day.importedVoucherNo })}</div>}
        {day.journal && <div>{t(`export.history.journals.${day.journal}`)}</div>}
      </td>
      <td>{day.sentAt ? formatDateTime(day.sentAt) : ''}</td>
      <td>{day.automatic ? t('export.history.automatic') : (day.sentBy ?? '')}</td>
      <td>
        {day.status === 'reversed' && day.voucherNo !== null && <div>{t('export.history.reversedVoucher', { voucherNo: day.voucherNo })}</div>}
        <FailureMessage failure={day.failure} message={day.message} />
        {difference && <div>{t('export.history.difference', { lines: difference })}</div>}
        {day.corrections.length > 0 && <div>{t('export.history.corrections', { numbers: day.corrections.map((c) => c.voucherNo).join(', ') })}</div>}
        {[day.documentation, ...day.corrections.map((c) => c.documentation)].some((d) => d?.status === 'missing') && (
          <div className="field__error">{t('export.history.documentationMissing')}</div>
        )}
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
        <DocumentLink departmentId={departmentId} documentation={day.documentation} label={t('export.history.download', { date })} />
        {day.corrections.map((c, i) => (
          <DocumentLink
            key={c.externalReference}
            departmentId={departmentId}
            documentation={c.documentation}
            label={t('export.history.downloadCorrection', { date, number: i + 1 })}
          />
        ))}
      </td>
    </tr>
  );
}

/** The dagsoppgjør PDF of a sent voucher, as attached (or to be attached) in PowerOffice GO. */
function DocumentLink(props: { departmentId: string; documentation: VoucherDocumentationState | null; label: string }) {
  const { departmentId, documentation, label } = props;
  if (!documentation?.downloadable) return null;
  return (
    <div>
      <a href={buildUrl(`/departments/${departmentId}/export/documents/${documentation.postingId}`)} download>
        {label}
      </a>
    </div>
  );
}

/** The retried day's transfer, until it has finished (then the history is read again). */
function RetryProgress({ transferId, onFinished }: { transferId: string; onFinished: () => void }) {
  const { t } = useExportTranslation();
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
