import type { Kysely } from 'kysely';
import type { Database, SalesOrderOutboxStatus } from '../schema/index';

/*
 * Reads for the open-problems service (Oversikt's "Trenger oppmerksomhet" and the alerts): the
 * candidates whose state the export and invoicing then judge as they always do. Nothing here
 * decides whether something is a problem.
 */

/**
 * Business days of a department that a transfer left failed or blocked at some point, or whose
 * day voucher is stored as failed, ascending. The export's `dayState` then says which still are.
 */
export async function listTroubledDays(db: Kysely<Database>, departmentId: string): Promise<string[]> {
  const [results, postings] = await Promise.all([
    db
      .selectFrom('export_transfer_days')
      .select('business_day')
      .distinct()
      .where('department_id', '=', departmentId)
      .where('status', 'in', ['failed', 'blocked'])
      .execute(),
    db
      .selectFrom('export_postings')
      .select('business_day')
      .distinct()
      .where('department_id', '=', departmentId)
      .where('correction', '=', 0)
      .where('status', '=', 'failed')
      .execute(),
  ]);
  return [...new Set([...results, ...postings].map((r) => r.business_day))].sort();
}

/**
 * The first order or cash movement of [fromUtc, toUtc) stored after `after` (ISO instant): when
 * a transferred day began to differ from what was sent. Null when none.
 */
export async function firstStoredAfter(
  db: Kysely<Database>,
  departmentId: string,
  fromUtc: string,
  toUtc: string,
  after: string,
): Promise<string | null> {
  const [order, movement] = await Promise.all([
    db
      .selectFrom('orders')
      .select((eb) => eb.fn.min('created_at').as('at'))
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .where('created_at', '>', after)
      .executeTakeFirst(),
    db
      .selectFrom('cash_movements')
      .select((eb) => eb.fn.min('created_at').as('at'))
      .where('department_id', '=', departmentId)
      .where('at', '>=', fromUtc)
      .where('at', '<', toUtc)
      .where('created_at', '>', after)
      .executeTakeFirst(),
  ]);
  const found = [order?.at, movement?.at].filter((a): a is string => typeof a === 'string').sort();
  return found[0] ?? null;
}

export interface OpenOutboxRow {
  id: string;
  departmentId: string;
  orderId: string;
  posId: string;
  customerId: string | null;
  customerName: string | null;
  status: SalesOrderOutboxStatus;
  errorCode: string | null;
  error: string | null;
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * The company's sales-order outbox rows that are not sent: failed, waiting for a customer link, or
 * pending (to tell a worker that stopped from one that is on its way), oldest first.
 */
export async function listOpenOutboxRows(db: Kysely<Database>, companyId: string): Promise<OpenOutboxRow[]> {
  const rows = await db
    .selectFrom('sales_order_outbox as o')
    .innerJoin('orders', 'orders.id', 'o.order_id')
    .leftJoin('customers as c', 'c.id', 'o.customer_id')
    .select([
      'o.id',
      'o.department_id',
      'o.order_id',
      'orders.pos_id',
      'o.customer_id',
      'c.name as customer_name',
      'o.status',
      'o.error_code',
      'o.error',
      'o.attempts',
      'o.next_attempt_at',
      'o.created_at',
      'o.updated_at',
    ])
    .where('o.company_id', '=', companyId)
    .where('o.status', 'in', ['failed', 'not_linked', 'pending', 'sending'])
    .orderBy('o.created_at')
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    departmentId: r.department_id,
    orderId: r.order_id,
    posId: r.pos_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    status: r.status,
    errorCode: r.error_code,
    error: r.error,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
