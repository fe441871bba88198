export { createDb, wipeDatabase, SQLITE_FILE_NAME, type Db, type DbDialect, type DbOptions } from './create-db';
export { migrateToLatest } from './migrator';
export { migrations } from './migrations/index';
export type * from './schema/index';
export * from './util';
export * from './repositories/companies';
export * from './repositories/users';
export * from './repositories/sessions';
export * from './repositories/departments';
export * from './repositories/audit-log';
export * from './repositories/pos-tokens';
export * from './repositories/pos-customers';
export * from './repositories/pos-orders';
export * from './repositories/pos-reads';
// Re-exported so other workspaces need no direct kysely dependency.
export { sql, type Kysely, type Transaction, type Selectable, type Insertable, type Updateable } from 'kysely';
