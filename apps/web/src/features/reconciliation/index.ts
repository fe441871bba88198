export { ReconciliationView } from './components/reconciliation-view';
