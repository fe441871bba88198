export { ExportView } from './components/export-view';
export { exportKeys, isFinished, useRetryDay, useTransfer } from './api/export-api';
export { prefetchPreviewStart } from './api/use-chunked-previews';
export { useExportTranslation } from './locales';
