import { formatBusinessDay } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import type { ChunkedPreviews } from '../api/use-chunked-previews';
import { useExportTranslation } from '../locales';

/**
 * How far the preview has come: the month count while a long period is still arriving, and each
 * month that could not be read with its own "Prøv igjen" (what has arrived stays on the page).
 */
export function PreviewProgress({
  previews,
  departmentName,
}: {
  previews: ChunkedPreviews;
  departmentName: (id: string) => string;
}) {
  const { t } = useExportTranslation();
  const { months, loadedMonths, loading, failed } = previews;
  const chunked = months.length > 1;
  return (
    <>
      {loading &&
        (chunked ? (
          <div className="export-loading">
            <p role="status">
              {t('export.preview.progress', { loaded: loadedMonths, total: months.length })}
            </p>
            <progress max={months.length} value={loadedMonths} aria-hidden="true" />
          </div>
        ) : (
          <p role="status">{t('export.preview.loading')}</p>
        ))}
      {failed.map((chunk) => (
        <div
          key={`${chunk.departmentId}-${chunk.period.from}`}
          className="alert alert--error export-chunk-error"
          role="alert"
        >
          <p>
            {t(chunked ? 'export.preview.chunkFailed' : 'export.preview.failed', {
              from: formatBusinessDay(chunk.period.from),
              to: formatBusinessDay(chunk.period.to),
              department: departmentName(chunk.departmentId),
              message: getErrorMessage(chunk.error, t),
            })}
          </p>
          <button type="button" className="button" onClick={chunk.retry}>
            {t('export.preview.retry')}
          </button>
        </div>
      ))}
    </>
  );
}
