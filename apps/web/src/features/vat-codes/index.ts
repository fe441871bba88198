export { accountingSettingsQueryOptions } from './api/accounting-settings';
export { useSaveVatCode, useVatCodes, vatCodeKeys, vatCodesQueryOptions } from './api/vat-codes';
export { VatCodesView } from './components/vat-codes-view';
