import './register-locales';
import './export.css';

export { ExportView } from './components/export-view';
export { exportKeys } from './api/export-api';
