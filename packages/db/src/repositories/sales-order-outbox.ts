import type { Kysely, Updateable } from 'kysely';
import type { Database, SalesOrderOutboxStatus, SalesOrderOutboxTable } from '../schema/index';
import { newId } from '../util';
import { claimRow, listDueIds } from './outbox-queue';
import type { OutboxRow } from './invoicing';

/*
 * The outbox of credit orders to send as PowerOffice sales orders. Instants are passed in (the
 * worker's clock), so retries and backoff can be tested without waiting. A row is worked only
 * after a successful claim (pending → sending in one conditional update), so two workers never
 * send the same row at once; the reference on the sales order makes a repeated send harmless.
 */

/** Orders of the batch paid (partly) with a credit payment type, by a customer, not yet in the outbox. */
export async function listUnqueuedCreditOrders(
  db: Kysely<Database>,
  departmentId: string,
  posIds: readonly string[],
): Promise<{ id: string; posId: string; customerId: string }[]> {
  const result: { id: string; posId: string; customerId: string }[] = [];
  const unique = [...new Set(posIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('orders')
      .select(['orders.id as id', 'orders.pos_id as posId', 'orders.customer_id as customerId'])
      .where('orders.department_id', '=', departmentId)
      .where('orders.pos_id', 'in', unique.slice(i, i + 500))
      .where('orders.customer_id', 'is not', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('order_payments')
            .innerJoin('payment_types', 'payment_types.id', 'order_payments.payment_type_id')
            .select('order_payments.order_id')
            .whereRef('order_payments.order_id', '=', 'orders.id')
            .where('payment_types.kind', '=', 'credit'),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('sales_order_outbox')
              .select('sales_order_outbox.id')
              .whereRef('sales_order_outbox.order_id', '=', 'orders.id'),
          ),
        ),
      )
      .execute();
    for (const r of rows)
      if (r.customerId) result.push({ id: r.id, posId: r.posId, customerId: r.customerId });
  }
  return result;
}

export interface NewOutboxRow {
  companyId: string;
  departmentId: string;
  orderId: string;
  customerId: string | null;
  reference: string;
  now: string;
}

/** Inserts pending rows; an order already in the outbox is left as it is. Returns how many were new. */
export async function insertOutboxRows(db: Kysely<Database>, rows: readonly NewOutboxRow[]): Promise<number> {
  let inserted = 0;
  for (const r of rows) {
    const result = await db
      .insertInto('sales_order_outbox')
      .values({
        id: newId(),
        company_id: r.companyId,
        department_id: r.departmentId,
        order_id: r.orderId,
        customer_id: r.customerId,
        status: 'pending',
        reference: r.reference,
        attempts: 0,
        next_attempt_at: r.now,
        claimed_at: null,
        sent_at: null,
        order_no: null,
        poweroffice_order_id: null,
        error_code: null,
        error: null,
        created_at: r.now,
        updated_at: r.now,
      })
      .onConflict((oc) => oc.column('order_id').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

export async function findOutboxRow(db: Kysely<Database>, id: string): Promise<OutboxRow | undefined> {
  const row = await db.selectFrom('sales_order_outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, order_no: row.order_no === null ? null : Number(row.order_no) };
}

export async function findOutboxRowByOrder(
  db: Kysely<Database>,
  companyId: string,
  orderId: string,
): Promise<OutboxRow | undefined> {
  const row = await db
    .selectFrom('sales_order_outbox')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return row && { ...row, order_no: row.order_no === null ? null : Number(row.order_no) };
}

/** Ids of pending rows due at `now`, oldest first. */
export const listDueOutboxIds = (db: Kysely<Database>, now: string, limit: number): Promise<string[]> =>
  listDueIds(db, 'sales_order_outbox', now, limit);

/** pending → sending, counting the attempt. False when another worker got there first. */
export const claimOutboxRow = (db: Kysely<Database>, id: string, now: string): Promise<boolean> =>
  claimRow(db, 'sales_order_outbox', id, now);

export type OutboxOutcome = Pick<
  Updateable<SalesOrderOutboxTable>,
  'sent_at' | 'order_no' | 'poweroffice_order_id' | 'error_code' | 'error' | 'next_attempt_at'
> & { status: Exclude<SalesOrderOutboxStatus, 'sending'> };

/** Records how a claimed send ended; only the claim holder's row (still 'sending') is changed. */
export async function finishOutboxRow(
  db: Kysely<Database>,
  id: string,
  outcome: OutboxOutcome,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('sales_order_outbox')
    .set({ ...outcome, claimed_at: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Rows left in 'sending' by a process that stopped mid-send go back to pending, due now; the next
 * attempt looks the sales order up by its reference before posting. `claimedBefore` limits it to
 * claims older than a lease, for when several instances share the database.
 */
export async function releaseStuckOutboxRows(
  db: Kysely<Database>,
  now: string,
  claimedBefore?: string,
): Promise<number> {
  let query = db
    .updateTable('sales_order_outbox')
    .set({ status: 'pending', next_attempt_at: now, claimed_at: null, updated_at: now })
    .where('status', '=', 'sending');
  if (claimedBefore) query = query.where('claimed_at', '<', claimedBefore);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** After a customer is linked: its not-linked orders are sent now. */
export async function requeueOutboxForCustomer(
  db: Kysely<Database>,
  companyId: string,
  customerId: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('sales_order_outbox')
    .set({ status: 'pending', next_attempt_at: now, error_code: null, error: null, updated_at: now })
    .where('company_id', '=', companyId)
    .where('customer_id', '=', customerId)
    .where('status', '=', 'not_linked')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** After a product type is linked: orders that failed for want of a product are tried again. */
export async function requeueOutboxForProducts(
  db: Kysely<Database>,
  companyId: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('sales_order_outbox')
    .set({ status: 'pending', next_attempt_at: now, error_code: null, error: null, updated_at: now })
    .where('company_id', '=', companyId)
    .where('status', '=', 'failed')
    .where('error_code', '=', 'product_not_linked')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** "Send again": a failed, not-linked or waiting row is due now. False when sent or being sent. */
export async function requeueOutboxRow(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('sales_order_outbox')
    .set({ status: 'pending', next_attempt_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['failed', 'not_linked', 'pending'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
