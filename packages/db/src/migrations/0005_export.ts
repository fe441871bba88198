import { type Kysely } from 'kysely';

/*
 * Eksport: transfers (background jobs with per-day results) and postings (what was sent to
 * PowerOffice per department, business day, version and correction). The unique key on postings
 * is what makes a day's voucher go out once, also with two transfers or two BFF processes at once.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('export_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('lease_until', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('export_transfers_status_idx')
    .on('export_transfers')
    .columns(['status', 'lease_until'])
    .execute();
  await db.schema
    .createIndex('export_transfers_department_idx')
    .on('export_transfers')
    .columns(['department_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('export_transfer_days')
    .addColumn('transfer_id', 'text', (c) =>
      c.notNull().references('export_transfers.id').onDelete('cascade'),
    )
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('business_day', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('voucher_no', 'integer')
    .addColumn('reference', 'text')
    .addColumn('message', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('export_transfer_days_pk', ['transfer_id', 'business_day'])
    .execute();
  await db.schema
    .createIndex('export_transfer_days_department_day_idx')
    .on('export_transfer_days')
    .columns(['department_id', 'business_day', 'updated_at'])
    .execute();

  await db.schema
    .createTable('export_postings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('business_day', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('correction', 'integer', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('lines_json', 'text', (c) => c.notNull())
    .addColumn('transfer_id', 'text')
    .addColumn('voucher_id', 'text')
    .addColumn('voucher_no', 'integer')
    .addColumn('message', 'text')
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('automatic', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('posted_at', 'text')
    .addColumn('reversed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('export_postings_day_uq', ['department_id', 'business_day', 'version', 'correction'])
    .addUniqueConstraint('export_postings_reference_uq', ['reference'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['export_postings', 'export_transfer_days', 'export_transfers']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
