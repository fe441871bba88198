import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Stored sums per department and UTC hour: Σ line totals per (product type, VAT rate) and Σ
 * payments per payment type. The ingest adds to them in the same transaction that stores the
 * orders (orders are never changed or deleted once stored), so a period's per-day totals are read
 * from a few rows per hour instead of summing every line and payment again. Oslo's offsets are
 * whole hours, so a business day starting on the hour is a whole number of these hours; a start
 * such as 05:30 reads its edge half-hours from the lines themselves.
 *
 * Existing sales are summed into the new tables here, once.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // On SQLite the rows are kept in primary-key order (no rowid table beside the key's index), so a
  // department's hours are one contiguous range read.
  const clustered = db.getExecutor().adapter instanceof SqliteAdapter ? sql`without rowid` : sql``;
  await db.schema
    .createTable('pos_hour_line_totals')
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('product_type_id', 'text', (c) => c.notNull())
    .addColumn('vat_rate', 'integer', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('pos_hour_line_totals_pk', [
      'department_id',
      'hour',
      'product_type_id',
      'vat_rate',
    ])
    .modifyEnd(clustered)
    .execute();
  await db.schema
    .createTable('pos_hour_payment_totals')
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('payment_type_id', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('tip', 'bigint', (c) => c.notNull())
    .addColumn('payments', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('pos_hour_payment_totals_pk', ['department_id', 'hour', 'payment_type_id'])
    .modifyEnd(clustered)
    .execute();

  await sql`insert into pos_hour_line_totals (department_id, hour, product_type_id, vat_rate, amount)
    select department_id, substr(closed_at, 1, 13), product_type_id, vat_rate, sum(total) from order_lines
    group by department_id, substr(closed_at, 1, 13), product_type_id, vat_rate`.execute(db);
  await sql`insert into pos_hour_payment_totals (department_id, hour, payment_type_id, amount, tip, payments)
    select department_id, substr(closed_at, 1, 13), payment_type_id, sum(amount), sum(tip), count(*) from order_payments
    group by department_id, substr(closed_at, 1, 13), payment_type_id`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pos_hour_payment_totals').ifExists().execute();
  await db.schema.dropTable('pos_hour_line_totals').ifExists().execute();
}
