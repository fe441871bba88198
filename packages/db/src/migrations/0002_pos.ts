import { sql, type Kysely } from 'kysely';

/*
 * POS ingest: device tokens, orders with lines and payments, cash movements. Lines and payments
 * carry their order's department_id and closed_at, and their range indexes include the summed
 * columns, so a business day's totals per (product type, VAT rate), per payment type and the tips
 * are read from the indexes alone. Money is bigint (int8, read back as safe-integer numbers).
 */

// Migrations see the database as it was when they were written, not the current schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pos_device_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('pos_device_tokens_department_idx')
    .on('pos_device_tokens')
    .column('department_id')
    .execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('pos_id', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('order_type', 'text', (c) => c.notNull().check(sql`order_type in ('dine_in', 'takeaway')`))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('rounding', 'integer', (c) => c.notNull())
    .addColumn('tips', 'bigint', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('orders_department_pos_id_uq', ['department_id', 'pos_id'])
    .execute();
  await db.schema
    .createIndex('orders_department_closed_idx')
    .on('orders')
    .columns(['department_id', 'closed_at', 'total', 'rounding', 'tips'])
    .execute();
  await db.schema
    .createIndex('orders_customer_closed_idx')
    .on('orders')
    .columns(['customer_id', 'closed_at'])
    .execute();

  await db.schema
    .createTable('order_lines')
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('product_type_id', 'text', (c) => c.notNull().references('product_types.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('discount', 'bigint', (c) => c.notNull())
    .addColumn('vat_rate', 'integer', (c) => c.notNull().check(sql`vat_rate in (25, 15, 12, 0)`))
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_lines_pk', ['order_id', 'line_no'])
    .execute();
  await db.schema
    .createIndex('order_lines_department_closed_idx')
    .on('order_lines')
    .columns(['department_id', 'closed_at', 'product_type_id', 'vat_rate', 'total'])
    .execute();
  await db.schema
    .createIndex('order_lines_product_type_idx')
    .on('order_lines')
    .column('product_type_id')
    .execute();

  await db.schema
    .createTable('order_payments')
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('payment_type_id', 'text', (c) => c.notNull().references('payment_types.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('tip', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_payments_pk', ['order_id', 'line_no'])
    .execute();
  await db.schema
    .createIndex('order_payments_department_closed_idx')
    .on('order_payments')
    .columns(['department_id', 'closed_at', 'payment_type_id', 'amount', 'tip'])
    .execute();
  await db.schema
    .createIndex('order_payments_payment_type_idx')
    .on('order_payments')
    .column('payment_type_id')
    .execute();

  await db.schema
    .createTable('cash_movements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('pos_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('float', 'deposit', 'withdrawal')`))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('cash_movements_department_pos_id_uq', ['department_id', 'pos_id'])
    .execute();
  await db.schema
    .createIndex('cash_movements_department_at_idx')
    .on('cash_movements')
    .columns(['department_id', 'at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['cash_movements', 'order_payments', 'order_lines', 'orders', 'pos_device_tokens']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
