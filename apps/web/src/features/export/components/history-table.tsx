import type { ExportHistory, HistoryDay, VoucherDocumentationState } from '@qo/contracts';
import { Children, useEffect, useRef, useState, type ReactNode } from 'react';
import { buildUrl } from '@/lib/api-client';
import { formatBusinessDay, formatDateTime, formatNok } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { ErrorAlert } from '@/components/errors/error-alert';
import { FailureMessage } from '@/components/errors/failure-message';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { notify } from '@/components/ui/toast';
import { isFinished, useDayAction, useRetryDay, useTransfer, type Period } from '../api/export-api';
import { DownloadButtons } from './download-buttons';
import { StatusBadge } from './status-badge';
import { useExportTranslation } from '../locales';

/** Per business day: status, voucher number, when and by whom; reverse and correct where it applies. */
export function HistoryTable({ history, period }: { history: ExportHistory; period: Period }) {
  const { t } = useExportTranslation();
  const [showAll, setShowAll] = useState(false);
  const days = showAll ? history.days : history.days.filter((d) => d.status !== 'not_transferred');
  return (
    <section className="export-history">
      <div className="export-history__head">
        <h3>{history.department.name}</h3>
        <DownloadButtons
          departmentId={history.department.id}
          departmentName={history.department.name}
          kind="history"
          period={period}
        />
      </div>
      <label>
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />{' '}
        {t('export.history.showAll')}
      </label>
      {days.length === 0 ? (
        <p className="muted">{t('export.history.none')}</p>
      ) : (
        // On a phone each day becomes a card of labelled facts (the data table's narrow layout).
        <table
          className="data-table export-history__table"
          aria-label={t('export.history.tableLabel', { department: history.department.name })}
        >
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

type DayAction = 'reverse' | 'correction';

function HistoryRow({ day, departmentId }: { day: HistoryDay; departmentId: string }) {
  const { t } = useExportTranslation();
  const reverse = useDayAction('reverse');
  const correction = useDayAction('correction');
  const retry = useRetryDay();
  const [confirm, setConfirm] = useState<DayAction | null>(null);
  // After an action the row's day takes the focus: the button pressed may be gone with the new status.
  const dayCell = useRef<HTMLTableCellElement>(null);
  const focusDay = () => setTimeout(() => dayCell.current?.focus(), 0);
  const date = formatBusinessDay(day.businessDay);
  const awaiting = t('export.history.awaitingNumber');
  const difference = day.difference
    .map((l) => `${l.accountNo ?? '?'} ${l.amount > 0 ? '+' : '−'}${formatNok(Math.abs(l.amount))}`)
    .join('; ');
  const run = (kind: DayAction) => {
    const action = kind === 'reverse' ? reverse : correction;
    action.mutate(
      { departmentId, date: day.businessDay },
      {
        onSuccess: (result) => {
          setConfirm(null);
          notify.success(
            kind === 'reverse'
              ? t('export.history.reversedToast', { date, reversalNo: result.reversalVoucherNo ?? awaiting })
              : t('export.history.correctedToast', { date, voucherNo: result.voucherNo ?? awaiting }),
          );
          focusDay();
        },
      },
    );
  };
  const startRetry = () =>
    retry.mutate(
      { departmentId, date: day.businessDay },
      {
        onSuccess: () => {
          notify.info(t('export.history.retryToast', { date }));
          focusDay();
        },
        onError: (error) => notify.error(getErrorMessage(error, t)),
      },
    );
  const documentationMissing = [day.documentation, ...day.corrections.map((c) => c.documentation)].some(
    (d) => d?.status === 'missing',
  );
  const hasMessage =
    day.failure != null ||
    day.message !== null ||
    difference !== '' ||
    day.corrections.length > 0 ||
    day.reversals.length > 0 ||
    documentationMissing ||
    reverse.isSuccess ||
    retry.error !== null ||
    retry.data !== undefined;
  const dialogError = (kind: DayAction) => {
    const error = kind === 'reverse' ? reverse.error : correction.error;
    return error ? <ErrorAlert error={error} /> : null;
  };
  return (
    <tr>
      <th scope="row" ref={dayCell} tabIndex={-1}>
        {date}
      </th>
      <Cell label={t('export.history.columns.status')}>
        <StatusBadge status={day.status} />
      </Cell>
      <Cell label={t('export.history.columns.voucher')} show={day.voucherNo !== null || day.journal !== null}>
        {day.voucherNo ?? ''}
        {day.importedVoucherNo !== null && (
          <div>{t('export.history.importedNo', { no: day.importedVoucherNo })}</div>
        )}
        {day.journal && <div>{t(`export.history.journals.${day.journal}`)}</div>}
      </Cell>
      <Cell label={t('export.history.columns.sentAt')}>{day.sentAt && formatDateTime(day.sentAt)}</Cell>
      <Cell label={t('export.history.columns.by')}>
        {day.automatic ? t('export.history.automatic') : day.sentBy}
      </Cell>
      <Cell label={t('export.history.columns.message')} show={hasMessage}>
        <FailureMessage failure={day.failure} message={day.message} />
        {difference && <div>{t('export.history.difference', { lines: difference })}</div>}
        {day.corrections.length > 0 && (
          <div>
            {t('export.history.corrections', {
              numbers: day.corrections.map((c) => c.voucherNo ?? awaiting).join(', '),
            })}
          </div>
        )}
        {day.reversals.map((r) => (
          <div key={`${r.voucherNo}-${r.correction}-${r.reversedAt}`}>
            {t(r.correction === 0 ? 'export.history.reversal' : 'export.history.reversalCorrection', {
              voucherNo: r.voucherNo ?? awaiting,
              reversalNo: r.reversalVoucherNo ?? awaiting,
            })}
          </div>
        ))}
        {documentationMissing && (
          <div className="field__error">{t('export.history.documentationMissing')}</div>
        )}
        {day.status === 'reversed' && reverse.isSuccess && (
          <div role="status">{t('export.history.reversed')}</div>
        )}
        {retry.error && <ErrorAlert error={retry.error} />}
        {retry.data && <RetryProgress transferId={retry.data.transferId} onFinished={retry.reset} />}
      </Cell>
      <td>
        <div className="export-history__actions">
          {day.status === 'failed' && !retry.data && (
            <button
              type="button"
              className="button button--primary button--small"
              aria-label={t('export.history.retryLabel', { date })}
              disabled={retry.isPending}
              onClick={startRetry}
            >
              {t('export.history.retry')}
            </button>
          )}
          {(day.status === 'sent' || day.status === 'changed') && (
            <button
              type="button"
              className="button button--danger-outline button--small"
              aria-label={t('export.history.reverseLabel', { date })}
              onClick={() => {
                reverse.reset();
                setConfirm('reverse');
              }}
            >
              {t('export.history.reverse')}
            </button>
          )}
          {day.status === 'changed' && (
            <button
              type="button"
              className="button button--small"
              aria-label={t('export.history.correctionLabel', { date })}
              onClick={() => {
                correction.reset();
                setConfirm('correction');
              }}
            >
              {t('export.history.correction')}
            </button>
          )}
          <DocumentLink
            departmentId={departmentId}
            documentation={day.documentation}
            label={t('export.history.download', { date })}
          />
          {day.corrections.map((c, i) => (
            <DocumentLink
              key={c.externalReference}
              departmentId={departmentId}
              documentation={c.documentation}
              label={t('export.history.downloadCorrection', { date, number: i + 1 })}
            />
          ))}
        </div>
        <ConfirmDialog
          open={confirm === 'reverse'}
          onOpenChange={(open) => setConfirm(open ? 'reverse' : null)}
          title={t('export.history.reverseTitle', { date })}
          description={t('export.history.reverseDescription', { voucherNo: day.voucherNo ?? awaiting })}
          confirmLabel={t('export.history.confirmReverse')}
          destructive
          pending={reverse.isPending}
          onConfirm={() => run('reverse')}
          error={dialogError('reverse')}
        />
        <ConfirmDialog
          open={confirm === 'correction'}
          onOpenChange={(open) => setConfirm(open ? 'correction' : null)}
          title={t('export.history.correctionTitle', { date })}
          description={t('export.history.correctionDescription', { lines: difference || '–' })}
          confirmLabel={t('export.history.confirmCorrection')}
          pending={correction.isPending}
          onConfirm={() => run('correction')}
          error={dialogError('correction')}
        />
      </td>
    </tr>
  );
}

/** The dagsoppgjør PDF of a sent voucher, as attached (or to be attached) in PowerOffice GO. */
function DocumentLink(props: {
  departmentId: string;
  documentation: VoucherDocumentationState | null;
  label: string;
}) {
  const { departmentId, documentation, label } = props;
  if (!documentation?.downloadable) return null;
  return (
    <a href={buildUrl(`/departments/${departmentId}/export/documents/${documentation.postingId}`)} download>
      {label}
    </a>
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

/**
 * A cell with its column's name before it, shown only where the table is stacked (a phone). Empty
 * (`show` false, or no content), it has nothing in it, and a stacked card leaves it out.
 */
function Cell({ label, show, children }: { label: string; show?: boolean; children: ReactNode }) {
  const visible = show ?? Children.toArray(children).length > 0;
  return (
    <td>
      {visible && (
        <>
          <span className="data-table__cell-label">{label}</span>
          {children}
        </>
      )}
    </td>
  );
}
