import type { PowerOfficeOrderState } from '@qo/contracts';
import type { OutboxRow } from '@qo/db';

/** The outbox row as the status the UI shows; no row = the order is not invoiced (not_applicable). */
export function toPowerOfficeState(row: OutboxRow | null | undefined): PowerOfficeOrderState {
  if (!row) return { status: 'not_applicable', sentAt: null, orderNo: null, error: null, attempts: 0, nextAttemptAt: null, reference: null };
  const status = row.status === 'sending' ? 'pending' : row.status;
  return {
    status,
    sentAt: row.sent_at,
    orderNo: row.order_no,
    error: row.status === 'sent' ? null : row.error,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    reference: row.reference,
  };
}
