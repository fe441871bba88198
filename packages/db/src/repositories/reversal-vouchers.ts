import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';

/** A reversed posting whose reversal voucher number PowerOffice has not given us yet. */
export interface PendingReversal {
  id: string;
  businessDay: string;
  voucherId: string;
  /** When we recorded the reversal (the reversal voucher is dated on the day, or on this instant's day). */
  reversedAt: string | null;
}

/** Reversed postings of a department in [from, to] whose reversal voucher number is not known yet. */
export async function listPendingReversals(
  db: Kysely<Database>,
  departmentId: string,
  from: string,
  to: string,
): Promise<PendingReversal[]> {
  const rows = await db
    .selectFrom('export_postings')
    .select(['id', 'business_day', 'voucher_id', 'reversed_at'])
    .where('department_id', '=', departmentId)
    .where('business_day', '>=', from)
    .where('business_day', '<=', to)
    .where('status', '=', 'reversed')
    .where('voucher_id', 'is not', null)
    .where('reversal_voucher_no', 'is', null)
    .orderBy('business_day')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    businessDay: r.business_day,
    voucherId: r.voucher_id!,
    reversedAt: r.reversed_at,
  }));
}

/** Records the reversal voucher PowerOffice made for a reversed posting (its number may still be unknown). */
export async function recordReversalVoucher(
  db: Kysely<Database>,
  postingId: string,
  reversal: { voucherId: string; voucherNo: number | null },
): Promise<void> {
  await db
    .updateTable('export_postings')
    // Not updated_at: the history compares it with the day's latest transfer result.
    .set({ reversal_voucher_id: reversal.voucherId, reversal_voucher_no: reversal.voucherNo })
    .where('id', '=', postingId)
    .where('status', '=', 'reversed')
    .execute();
}
