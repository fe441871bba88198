export { accountingSettingsQueryOptions } from './api/accounting-settings';
export { vatCodesQueryOptions } from './api/vat-codes';
export { VatCodesView } from './components/vat-codes-view';
