import type { ExportPreview } from '@qo/contracts';
import { useEffect, useRef, useState } from 'react';
import { formatBusinessDay, formatNok } from '@/lib/format';
import { useQueries } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/errors/error-alert';
import { notify } from '@/components/ui/toast';
import { getErrorMessage } from '@/lib/problem-message';
import { FailureMessage } from '@/components/errors/failure-message';
import { apiClient } from '@/lib/api-client';
import { exportKeys, isFinished, useStartTransfers, useTransfer, type Period } from '../api/export-api';
import { useExportTranslation } from '../locales';
import { transferSchema } from '@qo/contracts';

interface Summary {
  departmentId: string;
  departmentName: string;
  count: number;
  debit: number;
  blocked: number;
  alreadySent: number;
}

/** What a transfer of these previews would post, per department. */
export function summarise(previews: readonly ExportPreview[]): Summary[] {
  return previews.map((p) => {
    const postable = p.vouchers.filter(
      (v) =>
        !v.empty &&
        v.problems.length === 0 &&
        (v.status === 'not_transferred' || v.status === 'failed' || v.status === 'reversed'),
    );
    return {
      departmentId: p.department.id,
      departmentName: p.department.name,
      count: postable.length,
      debit: postable.reduce((sum, v) => sum + v.debit, 0),
      blocked: p.vouchers.filter((v) => !v.empty && v.problems.length > 0).length,
      alreadySent: p.vouchers.filter((v) => v.status === 'sent' || v.status === 'changed').length,
    };
  });
}

/**
 * "Overfør til PowerOffice GO": a confirmation with what will be posted, then each transfer's progress.
 * A transfer always covers the whole period, so it can only be started once the whole period's preview
 * has arrived (`incomplete` null): the confirmation never lists less than what would be sent.
 */
export function TransferPanel({
  previews,
  period,
  incomplete = null,
}: {
  previews: readonly ExportPreview[];
  period: Period;
  /** The preview is still arriving, or a part of it could not be read. */
  incomplete?: 'loading' | 'failed' | null;
}) {
  const { t } = useExportTranslation();
  const [confirming, setConfirming] = useState(false);
  const start = useStartTransfers();
  const summaries = summarise(previews);
  const total = summaries.reduce((n, s) => n + s.count, 0);
  const blocked = summaries.reduce((n, s) => n + s.blocked, 0);
  // The started transfers (shared with their progress below): "Overfør" waits until each has finished.
  const transfers = useQueries({
    queries: (start.data ?? []).map((s) => ({
      queryKey: exportKeys.transfer(s.transferId),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiClient.get(`/transfers/${s.transferId}`, { schema: transferSchema, signal }),
      enabled: false,
    })),
  });
  const running = start.isPending || transfers.some((q) => q.data === undefined || !isFinished(q.data));
  const hint = incomplete
    ? t(incomplete === 'loading' ? 'export.transfer.waitForPreview' : 'export.transfer.previewFailed')
    : running && start.data
      ? t('export.transfer.busyHint')
      : total === 0 && blocked > 0
        ? t('export.transfer.blockedAll', { count: blocked })
        : blocked > 0
          ? t('export.transfer.blockedSome', { count: blocked })
          : total === 0 && !start.data
            ? t('export.transfer.nothing')
            : null;
  const names = new Map(summaries.map((s) => [s.departmentId, s.departmentName]));

  // After a start the focus goes to the first transfer's progress; after a refusal back to "Overfør".
  const button = useRef<HTMLButtonElement>(null);
  const confirm = () => {
    const departmentIds = summaries.filter((s) => s.count > 0).map((s) => s.departmentId);
    start.mutate(
      { departmentIds, period },
      {
        onSuccess: () => notify.success(t('export.transfer.started', { count: total })),
        onError: (error) => {
          notify.error(getErrorMessage(error, t));
          setTimeout(() => button.current?.focus(), 0);
        },
        onSettled: () => setConfirming(false),
      },
    );
  };

  return (
    <section className="card" aria-labelledby="export-transfer">
      <h2 id="export-transfer" className="visually-hidden">
        {t('export.transfer.button')}
      </h2>
      {!confirming && (
        <button
          ref={button}
          type="button"
          className="button button--primary"
          disabled={incomplete !== null || total === 0 || running}
          aria-describedby={hint ? 'export-transfer-hint' : undefined}
          onClick={() => setConfirming(true)}
        >
          {running && start.data ? t('export.transfer.busy') : t('export.transfer.button')}
        </button>
      )}
      {hint && (
        <p
          id="export-transfer-hint"
          className={total === 0 && blocked > 0 ? 'alert alert--warning' : 'muted'}
        >
          {hint}
        </p>
      )}
      {confirming && !incomplete && (
        <div role="region" aria-label={t('export.transfer.confirmTitle')} className="export-confirm">
          <h3>{t('export.transfer.confirmTitle')}</h3>
          <p>
            {formatBusinessDay(period.from)} – {formatBusinessDay(period.to)}
          </p>
          <ul>
            {summaries.map((s) => (
              <li key={s.departmentId}>
                {t('export.transfer.confirmLine', {
                  department: s.departmentName,
                  count: s.count,
                  debit: formatNok(s.debit),
                })}
                {s.blocked > 0 && <> · {t('export.transfer.confirmBlocked', { count: s.blocked })}</>}
                {s.alreadySent > 0 && <> · {t('export.transfer.confirmSent', { count: s.alreadySent })}</>}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--primary"
            onClick={confirm}
            disabled={start.isPending}
          >
            {t('export.transfer.confirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('export.transfer.cancel')}
          </button>
        </div>
      )}
      {start.isError && <ErrorAlert error={start.error} />}
      {start.data?.map((s, i) => (
        <TransferProgress
          key={s.transferId}
          transferId={s.transferId}
          departmentName={names.get(s.departmentId) ?? ''}
          takeFocus={i === 0}
        />
      ))}
    </section>
  );
}

function TransferProgress(props: { transferId: string; departmentName: string; takeFocus: boolean }) {
  const { transferId, departmentName, takeFocus } = props;
  const { t } = useExportTranslation();
  const { data, error } = useTransfer(transferId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const title = (
    <h3 ref={heading} tabIndex={-1}>
      {t('export.transfer.progressTitle', { department: departmentName })}
    </h3>
  );
  if (error) {
    return (
      <div
        role="region"
        aria-label={t('export.transfer.progressTitle', { department: departmentName })}
        className="export-progress"
      >
        {title}
        <ErrorAlert error={error} />
      </div>
    );
  }
  if (!data) {
    return (
      <div
        role="region"
        aria-label={t('export.transfer.progressTitle', { department: departmentName })}
        className="export-progress"
      >
        {title}
        <p className="muted">{t('export.transfer.statuses.pending')}</p>
      </div>
    );
  }
  const finished = data.status === 'done' || data.status === 'failed' || data.status === 'done_with_failures';
  // Days with nothing in them (skipped without a reference) are not worth a line.
  const days = data.days.filter((d) => d.status !== 'skipped' || d.externalReference !== null);
  return (
    <div
      role="region"
      aria-label={t('export.transfer.progressTitle', { department: departmentName })}
      className="export-progress"
    >
      {title}
      <progress
        max={data.progress.total}
        value={data.progress.done}
        aria-label={t('export.transfer.progress', { ...data.progress })}
      />{' '}
      <span role="status">
        {t('export.transfer.progress', { ...data.progress })} ·{' '}
        {data.status === 'done_with_failures'
          ? t('export.transfer.doneWithFailures')
          : finished
            ? t('export.transfer.done')
            : t('export.transfer.running')}
      </span>
      <ul className="export-progress__days">
        {days.map((d) => (
          <li
            key={d.businessDay}
            className={d.status === 'failed' || d.status === 'blocked' ? 'export-progress__bad' : undefined}
          >
            <strong>{formatBusinessDay(d.businessDay)}</strong>:{' '}
            {t(`export.transfer.statuses.${d.status}`, { voucherNo: d.voucherNo })}
            {d.status === 'failed' || d.status === 'blocked' ? (
              <FailureMessage failure={d.failure} message={d.message} />
            ) : (
              d.message && d.status !== 'sent' && <> – {d.message}</>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
