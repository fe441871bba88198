import './export.css';

export { ExportView } from './components/export-view';
export { exportKeys } from './api/export-api';
export { registerExportLocales } from './register-locales';
