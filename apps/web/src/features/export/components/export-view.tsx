import { useSearchParams } from 'react-router';
import { useDepartments } from '@/lib/departments/get-departments';
import { formatBusinessDay, formatNok } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { useHistories } from '../api/export-api';
import { sumNotTransferred } from '@qo/contracts';
import { useChunkedPreviews } from '../api/use-chunked-previews';
import { DownloadButtons } from './download-buttons';
import { HistoryTable } from './history-table';
import { NotTransferredPanel } from './not-transferred-panel';
import { lastWeek } from '@/lib/periods';
import { PeriodForm, type PeriodSelection } from './period-form';
import { PreviewProgress } from './preview-progress';
import { TransferPanel } from './transfer-panel';
import { VoucherTable } from './voucher-table';
// Here, not in the feature's index: a re-exporting index is skipped by the bundler, and its CSS
// import with it (the table then had no height limit and the virtualiser rendered every row).
import '../export.css';
import { useExportTranslation } from '../locales';

/** The chosen period and departments live in the address, so "Rett opp" and back returns here as it was. */
function useSelection(): [PeriodSelection | null, (s: PeriodSelection) => void] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const departmentIds = params.getAll('department');
  const selection = from && to && departmentIds.length ? { from, to, departmentIds } : null;
  const apply = (s: PeriodSelection) => {
    const next = new URLSearchParams({ from: s.from, to: s.to });
    for (const id of s.departmentIds) next.append('department', id);
    setParams(next);
  };
  return [selection, apply];
}

export function ExportView() {
  const { t } = useExportTranslation();
  const departments = useDepartments();
  const [selection, apply] = useSelection();
  const period = selection ? { from: selection.from, to: selection.to } : null;
  const ids = selection?.departmentIds ?? [];
  const previews = useChunkedPreviews(ids, period);
  // The history sits below the preview: asked for once the first month's rows are in, so the BFF
  // builds those first (docs/performance.md, case 5).
  const firstMonthAnswered =
    previews.chunks[0]?.every((c) => c.data !== undefined || c.error !== null) ?? false;
  const histories = useHistories(ids, period, firstMonthAnswered);

  const { loaded, chunks, complete, loading } = previews;
  // Month by month, each month the departments' vouchers of it that have arrived.
  const months = chunks.map((month) =>
    month.flatMap((c) =>
      c.data
        ? [
            {
              departmentId: c.departmentId,
              departmentName: c.data.department.name,
              vouchers: c.data.vouchers,
            },
          ]
        : [],
    ),
  );
  const totals = loaded.reduce(
    (acc, p) => ({
      vouchers: acc.vouchers + p.totals.vouchers,
      debit: acc.debit + p.totals.debit,
      blocked: acc.blocked + p.totals.blocked,
    }),
    { vouchers: 0, debit: 0, blocked: 0 },
  );
  const names = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
  const departmentName = (id: string) => names.get(id) ?? '';

  if (!departments.data) return null;
  const initial: PeriodSelection = selection ?? {
    ...lastWeek(),
    departmentIds: departments.data.filter((d) => d.integration).map((d) => d.id),
  };
  const totalsText = t('export.preview.totals', {
    vouchers: totals.vouchers,
    debit: formatNok(totals.debit),
    blocked: totals.blocked,
  });

  return (
    <>
      <PeriodForm
        key={JSON.stringify(initial)}
        departments={departments.data}
        value={initial}
        onApply={apply}
      />
      {selection && period && (
        <>
          <section className="card" aria-labelledby="export-preview-title">
            <div className="export-section-head">
              <h2 id="export-preview-title">{t('export.preview.title')}</h2>
              <div className="export-section-head__files">
                {ids.map((id) => (
                  <DownloadButtons
                    key={id}
                    departmentId={id}
                    departmentName={departmentName(id)}
                    kind="preview"
                    period={period}
                    named={ids.length > 1}
                  />
                ))}
              </div>
            </div>
            <PreviewProgress previews={previews} departmentName={departmentName} />
            {loaded.flatMap((p) =>
              p.problems.map((problem) => (
                <p key={`${p.department.id}-${problem.code}`} className="alert alert--error" role="alert">
                  {t('export.preview.departmentProblem', {
                    department: p.department.name,
                    message: problem.message,
                  })}
                </p>
              )),
            )}
            {loaded
              .filter((p) => p.lockDate)
              .map((p) => (
                <p key={`lock-${p.department.id}`} className="muted">
                  {p.department.name}:{' '}
                  {t('export.preview.lockDate', { date: formatBusinessDay(p.lockDate!) })}
                </p>
              ))}
            {complete ? (
              <p>{totalsText}</p>
            ) : (
              loaded.length > 0 && (
                <p className="export-partial">{t('export.preview.totalsPartial', { totals: totalsText })}</p>
              )
            )}
            {complete && loaded.every((p) => p.vouchers.length === 0) ? (
              <p>{t('export.preview.empty')}</p>
            ) : (
              <VoucherTable months={months} />
            )}
          </section>
          {loaded.length > 0 && (
            <NotTransferredPanel
              total={sumNotTransferred(loaded.map((p) => p.notTransferred))}
              partial={!complete}
            />
          )}
          {/* Keyed by the selection: a transfer's progress belongs to the period it was started for. */}
          {(loaded.length > 0 || loading) && (
            <TransferPanel
              key={`${period.from}/${period.to}/${ids.join(',')}`}
              previews={loaded}
              period={period}
              incomplete={complete ? null : loading ? 'loading' : 'failed'}
            />
          )}
          <section className="card" aria-labelledby="export-history-title">
            <h2 id="export-history-title">{t('export.history.title')}</h2>
            {histories.map((h, i) =>
              h.data ? (
                <HistoryTable key={h.data.department.id} history={h.data} period={period} />
              ) : h.isError ? (
                <p key={i} className="alert alert--error">
                  {getErrorMessage(h.error, t)}
                </p>
              ) : null,
            )}
          </section>
        </>
      )}
    </>
  );
}
