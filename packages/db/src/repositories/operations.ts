import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';

/*
 * What an operator watches (read by the BFF's /metrics at scrape time): backlogs that should
 * drain on their own and, when they do not, need a person.
 */

/** Rows of the sales-order outbox per status (sent rows are history and not counted). */
export async function countOutboxByStatus(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('sales_order_outbox')
    .select(['status', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
    .where('status', '!=', 'sent')
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/**
 * Business days a transfer was asked to send that have no sent voucher yet (pending, being sent,
 * or failed in their latest transfer): how many, and the oldest of them.
 */
export async function unsentDays(db: Kysely<Database>): Promise<{ count: number; oldest: string | null }> {
  const days = db
    .selectFrom('export_transfer_days as d')
    .select(['d.department_id', 'd.business_day'])
    .distinct()
    .where('d.status', 'in', ['pending', 'sending', 'failed'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('export_postings as p')
            .select('p.id')
            .whereRef('p.department_id', '=', 'd.department_id')
            .whereRef('p.business_day', '=', 'd.business_day')
            .where('p.correction', '=', 0)
            .where('p.status', 'in', ['sent', 'reversed']),
        ),
      ),
    );
  const row = await db
    .selectFrom(days.as('u'))
    .select([
      (eb) => eb.fn.min('u.business_day').as('oldest'),
      (eb) => eb.fn.countAll<number | string | bigint>().as('n'),
    ])
    .executeTakeFirst();
  return { count: Number(row?.n ?? 0), oldest: row?.oldest ?? null };
}

/** Transfers waiting for or being worked on by a process, per status. */
export async function countOpenTransfers(
  db: Kysely<Database>,
): Promise<Record<'queued' | 'running', number>> {
  const rows = await db
    .selectFrom('export_transfers')
    .select(['status', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
    .where('status', 'in', ['queued', 'running'])
    .groupBy('status')
    .execute();
  const counts = { queued: 0, running: 0 };
  for (const r of rows) counts[r.status as 'queued' | 'running'] = Number(r.n);
  return counts;
}
