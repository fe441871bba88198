export { ReconciliationView } from './components/reconciliation-view';
export {
  reconciliationKeys,
  reconciliationQueryOptions,
  clearingSettingsQueryOptions,
} from './api/reconciliation-api';
export { useReconciliationTranslation } from './locales';
