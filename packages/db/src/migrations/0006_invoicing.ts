import { sql, type Kysely } from 'kysely';

/*
 * Kunder and automatic invoicing: which PowerOffice customer a POS customer is, which PowerOffice
 * product a product type sells as, and the outbox of credit orders to send as sales orders.
 * A link records the PowerOffice client it belongs to: PowerOffice ids mean nothing in another
 * client, so an order of a department connected elsewhere counts as not linked.
 * The outbox row is the exactly-once state machine: pending → sending (claimed) → sent | failed |
 * not_linked, with pending again for transient failures (attempts, next_attempt_at).
 */

// Migrations see the database as it was when they were written, not the current schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customer_poweroffice_links')
    .addColumn('customer_id', 'text', (c) => c.primaryKey().references('customers.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('poweroffice_client_id', 'text', (c) => c.notNull())
    .addColumn('poweroffice_customer_id', 'bigint', (c) => c.notNull())
    .addColumn('poweroffice_customer_no', 'bigint')
    .addColumn('poweroffice_customer_name', 'text', (c) => c.notNull())
    .addColumn('poweroffice_org_no', 'text')
    .addColumn('linked_by', 'text')
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('customer_poweroffice_links_company_idx')
    .on('customer_poweroffice_links')
    .column('company_id')
    .execute();

  await db.schema
    .createTable('product_type_poweroffice_products')
    .addColumn('product_type_id', 'text', (c) =>
      c.primaryKey().references('product_types.id').onDelete('cascade'),
    )
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('poweroffice_client_id', 'text', (c) => c.notNull())
    .addColumn('poweroffice_product_id', 'bigint', (c) => c.notNull())
    .addColumn('product_code', 'text')
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('standard_account_no', 'integer')
    .addColumn('optional_account_no', 'integer')
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('product_type_poweroffice_products_company_idx')
    .on('product_type_poweroffice_products')
    .column('company_id')
    .execute();

  await db.schema
    .createTable('sales_order_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('order_id', 'text', (c) => c.notNull().unique().references('orders.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'sending', 'sent', 'failed', 'not_linked')`),
    )
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('order_no', 'bigint')
    .addColumn('poweroffice_order_id', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sales_order_outbox_due_idx')
    .on('sales_order_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('sales_order_outbox_customer_idx')
    .on('sales_order_outbox')
    .columns(['customer_id', 'status'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sales_order_outbox').execute();
  await db.schema.dropTable('product_type_poweroffice_products').execute();
  await db.schema.dropTable('customer_poweroffice_links').execute();
}
