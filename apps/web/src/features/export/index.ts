export { ExportView } from './components/export-view';
export { exportKeys } from './api/export-api';
export { prefetchPreviewStart } from './api/use-chunked-previews';
