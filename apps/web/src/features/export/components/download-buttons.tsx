import { notify } from '@/components/ui/toast';
import { isLanguage } from '@/lib/i18n';
import { getErrorMessage } from '@/lib/problem-message';
import { useDownloadExportFile, type ExportFileFormat, type ExportFileKind } from '../api/export-files';
import type { Period } from '../api/preview-chunks';
import { useExportTranslation } from '../locales';

/**
 * "Last ned CSV" and "Last ned Excel" for one department's preview or history of the period: the
 * file is fetched, handed to the browser's downloads and named in a toast (or the refusal is).
 * Focus stays on the button pressed.
 */
export function DownloadButtons(props: {
  departmentId: string;
  departmentName: string;
  kind: ExportFileKind;
  period: Period;
  /** Shows the department's name before the buttons (when several departments' files are offered). */
  named?: boolean;
}) {
  const { departmentId, departmentName, kind, period, named = false } = props;
  const { t, i18n } = useExportTranslation();
  const download = useDownloadExportFile();
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nb';
  const start = (format: ExportFileFormat) =>
    download.mutate(
      { departmentId, kind, format, period, lang },
      {
        onSuccess: (file) => notify.success(t('export.files.downloaded', { file })),
        onError: (error) => notify.error(t('export.files.failed'), getErrorMessage(error, t)),
      },
    );
  const busy = (format: ExportFileFormat) => download.isPending && download.variables.format === format;
  return (
    <div
      role="group"
      className="export-files"
      aria-label={t(`export.files.${kind}Group`, { department: departmentName })}
    >
      {named && <span className="export-files__name">{departmentName}</span>}
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          disabled={download.isPending}
          aria-busy={busy(format) || undefined}
          onClick={() => start(format)}
        >
          {busy(format) ? t('export.files.downloading') : t(`export.files.${format}`)}
        </button>
      ))}
    </div>
  );
}
