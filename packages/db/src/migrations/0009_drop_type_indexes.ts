import { type Kysely } from 'kysely';

/*
 * The single-column indexes of order lines by product type and of payments by payment type are
 * read by no query (the export finds payments by type through the (department_id, payment_type_id,
 * closed_at, order_id) index of 0007; everything else reads lines and payments by order); they
 * would only speed up deleting a product or payment type, which the product never does. Every
 * ingested line and payment paid for them.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('order_lines_product_type_idx').ifExists().execute();
  await db.schema.dropIndex('order_payments_payment_type_idx').ifExists().execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('order_lines_product_type_idx')
    .on('order_lines')
    .column('product_type_id')
    .execute();
  await db.schema
    .createIndex('order_payments_payment_type_idx')
    .on('order_payments')
    .column('payment_type_id')
    .execute();
}
