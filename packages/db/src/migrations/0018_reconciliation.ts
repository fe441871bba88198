import { sql, type Kysely } from 'kysely';

/*
 * Avstemming of the clearing accounts (docs/reconciliation.md): per payment type how many banking
 * days a settlement may take and how far below the day's amount a payout may be (the acquirer's
 * fee); and the last read of PowerOffice's account transactions per department and period, so the
 * page answers from it until someone presses "Oppdater".
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('clearing_settings')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('payment_type_id', 'text', (c) =>
      c.notNull().references('payment_types.id').onDelete('cascade'),
    )
    .addColumn('open_after_banking_days', 'integer', (c) =>
      c.notNull().check(sql`open_after_banking_days between 1 and 30`),
    )
    .addColumn('fee_tolerance_bp', 'integer', (c) =>
      c.notNull().check(sql`fee_tolerance_bp between 0 and 2000`),
    )
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('clearing_settings_pk', ['company_id', 'payment_type_id'])
    .execute();

  await db.schema
    .createTable('reconciliation_reads')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    // The window read and the accounts, e.g. "2026-02-15..2026-04-30|1503,1505".
    .addColumn('read_key', 'text', (c) => c.notNull())
    .addColumn('transactions', 'text', (c) => c.notNull())
    .addColumn('settlement_lines', 'text', (c) => c.notNull())
    .addColumn('requests', 'integer', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reconciliation_reads_pk', ['department_id', 'read_key'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reconciliation_reads').ifExists().execute();
  await db.schema.dropTable('clearing_settings').ifExists().execute();
}
