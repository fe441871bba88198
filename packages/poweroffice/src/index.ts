export { createPowerOfficeClient, type PowerOfficeClient, type PowerOfficeClientForKeys } from './client.js';
export type { PowerOfficeConfig, PowerOfficeLogger, RetryOptions } from './config.js';
export {
  PowerOfficeError,
  isPowerOfficeError,
  type PowerOfficeErrorKind,
  type PowerOfficeFieldError,
  type PrivilegeReport,
} from './errors.js';
export type { Credentials } from './http/types.js';
export type { PowerOfficeExchange, PowerOfficeObserver, PowerOfficeOutcome } from './http/observe.js';
export type { RequestBudget } from './http/rate-limiter.js';
export { listAll, type Page, type ListAllOptions } from './paging.js';
export type { WriteResult } from './operations/write-once.js';
export type { DateRange, JournalVoucher, VoucherJournal, VoucherTiming } from './operations/vouchers.js';
export type { AccountTransactionFilter } from './operations/account-transactions.js';
export type { SalesOrderFilter } from './operations/sales-orders.js';
export type {
  CustomerFilter,
  DepartmentFilter,
  GeneralLedgerAccountFilter,
  ProductFilter,
  VatCodeFilter,
} from './operations/reference-data.js';
export { oreToKroner, kronerToOre } from './money.js';
export * from './schemas/index.js';
export type { VoucherDocumentationUpload } from './operations/voucher-documentation.js';
