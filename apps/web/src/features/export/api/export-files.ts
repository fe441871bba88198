import { useMutation } from '@tanstack/react-query';
import { getFile } from '@/lib/api-file';
import type { Language } from '@/lib/i18n';
import { saveFile } from '@/lib/save-file';
import type { Period } from './preview-chunks';

export type ExportFileKind = 'preview' | 'history';
export type ExportFileFormat = 'csv' | 'xlsx';

export interface ExportFileRequest {
  departmentId: string;
  kind: ExportFileKind;
  format: ExportFileFormat;
  period: Period;
  /** The language of the file's headings and words. */
  lang: Language;
}

/**
 * The preview or history of a period as a CSV or Excel file (`GET …/export/preview.csv` …), saved
 * to the browser's downloads under the name the BFF gives it; resolves to that name.
 */
export function useDownloadExportFile() {
  return useMutation({
    mutationFn: async ({ departmentId, kind, format, period, lang }: ExportFileRequest) => {
      const { blob, fileName } = await getFile(
        `/departments/${encodeURIComponent(departmentId)}/export/${kind}.${format}`,
        { query: { ...period, lang } },
      );
      saveFile(blob, fileName);
      return fileName;
    },
  });
}
