import { type Kysely } from 'kysely';

/*
 * The export reads in full only the orders paid with a payment type that is not transferred
 * (rule 3 of docs/voucher-rules.md); every other order is summed from the covering indexes. This index
 * finds those orders' ids without reading the period's other payments.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('order_payments_department_type_closed_idx')
    .on('order_payments')
    .columns(['department_id', 'payment_type_id', 'closed_at', 'order_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('order_payments_department_type_closed_idx').ifExists().execute();
}
