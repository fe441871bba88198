export {
  createDb,
  wipeDatabase,
  SQLITE_FILE_NAME,
  type Db,
  type DbDialect,
  type DbOptions,
} from './create-db';
export { migrateToLatest, pendingMigrations } from './migrator';
export type * from './schema/index';
export * from './util';
export * from './repositories/companies';
export * from './repositories/users';
export * from './repositories/sessions';
export * from './repositories/departments';
export * from './repositories/audit-log';
export * from './repositories/product-types';
export * from './repositories/vat-codes';
export * from './repositories/payment-types';
export * from './repositories/accounting-settings';
export * from './repositories/customers';
export * from './repositories/pos-tokens';
export * from './repositories/pos-customers';
export * from './repositories/pos-orders';
export * from './repositories/pos-reads';
export * from './repositories/export';
export * from './repositories/posting-journal';
export * from './repositories/export-reads';
export * from './repositories/day-claims';
export * from './repositories/export-documents';
export * from './repositories/reversal-vouchers';
export * from './repositories/integrations';
export * from './repositories/invoicing';
export * from './repositories/sales-order-outbox';
export * from './repositories/operations';
export * from './repositories/poweroffice-budget';
export * from './repositories/alerts';
export * from './repositories/problems';
export * from './repositories/reconciliation';
// Re-exported so other workspaces need no direct kysely dependency.
export {
  sql,
  type Kysely,
  type Transaction,
  type Selectable,
  type Insertable,
  type Updateable,
} from 'kysely';
