import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';

/*
 * The due-and-claim steps shared by the two outboxes (the sales orders of `sales-order-outbox.ts`
 * and the alert e-mails of `alerts.ts`): rows wait as `pending` until `next_attempt_at`, a sender
 * claims one by moving it to `sending` (counting the attempt), and only the claim holder records
 * how the send ended. The claim is a conditional update, so two senders (or two instances) never
 * both get a row.
 */
type OutboxTable = 'sales_order_outbox' | 'alert_mails';

/** Ids of pending rows due at `now`, oldest due first. */
export async function listDueIds(
  db: Kysely<Database>,
  table: OutboxTable,
  now: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** pending → sending, counting the attempt. False when another sender got there first. */
export async function claimRow(
  db: Kysely<Database>,
  table: OutboxTable,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set((eb) => ({ status: 'sending', claimed_at: now, attempts: eb('attempts', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
