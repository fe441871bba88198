import { toOsloLocal } from '@qo/accounting';
import { listPendingReversals, recordReversalVoucher } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import type { PowerOfficeContext } from './poweroffice-context';

/**
 * Asks PowerOffice for the reversal vouchers of a department's reversed postings in [from, to]
 * whose number we do not know yet (a reversal answered 202 may be numbered later), and records
 * what it has. Best effort: the history and the transfers go on without it, and ask again next
 * time. One ledger read covers every pending reversal of the period.
 */
export async function fillReversalNumbers(
  app: FastifyInstance,
  po: PowerOfficeContext,
  departmentId: string,
  from: string,
  to: string,
): Promise<void> {
  const pending = await listPendingReversals(app.db, departmentId, from, to);
  if (pending.length === 0) return;
  // A reversal voucher carries the reversed voucher's dates, or the day it was made.
  const dates = pending
    .flatMap((p) => [p.businessDay, ...(p.reversedAt ? [osloDate(p.reversedAt)] : [])])
    .sort();
  const range = { fromDate: dates[0]!, toDate: dates[dates.length - 1]! };
  try {
    const reversals = await po.client.findReversalsOf(
      pending.map((p) => p.voucherId),
      range,
    );
    for (const posting of pending) {
      const reversal = reversals.get(posting.voucherId);
      if (reversal)
        await recordReversalVoucher(app.db, posting.id, {
          voucherId: reversal.id,
          voucherNo: reversal.voucherNo,
        });
    }
  } catch (error) {
    app.log.warn({ err: error, departmentId }, 'could not read reversal voucher numbers from PowerOffice');
  }
}

const osloDate = (instant: string) => toOsloLocal(Date.parse(instant)).date;
