export { ExportView } from './components/export-view';
export { prefetchPreviewStart } from './api/use-chunked-previews';
