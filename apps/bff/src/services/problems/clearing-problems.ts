import type { AttentionProblem } from '@qo/contracts';
import { toOsloLocal } from '@qo/accounting';
import type { Database, Kysely } from '@qo/db';
import { listOpenClearingBalances } from '../reconciliation/open-balances';
import { problem } from './problem';

/**
 * `clearing_not_emptied:<departmentId>:<accountNo>`: a clearing account keeps a balance — days of
 * the department's latest Avstemming read past their due date whose settlement is missing, short or
 * too large (docs/reconciliation.md). Read from the stored read, no PowerOffice call: it shows once
 * someone has opened Avstemming (or the demo did), and it is gone when a refreshed read finds the
 * days settled. `reason` names the account, `amount` what is open, `count` the days.
 */
export async function clearingProblems(
  db: Kysely<Database>,
  companyId: string,
  now: Date,
): Promise<AttentionProblem[]> {
  const balances = await listOpenClearingBalances(db, companyId, toOsloLocal(now.getTime()).date);
  return balances.flatMap((b) =>
    b.accounts.map((a) =>
      problem({
        key: `clearing_not_emptied:${b.departmentId}:${a.accountNo}`,
        kind: 'clearing_not_emptied',
        severity: 'warning',
        department: { id: b.departmentId, name: b.departmentName },
        businessDay: a.oldestFlaggedDay,
        since: a.oldestFlaggedDay ? `${a.oldestFlaggedDay}T00:00:00.000Z` : null,
        count: a.flaggedDays,
        amount: a.open,
        reason: `${a.paymentTypes.join(', ')} ${a.accountNo}`.trim(),
        actions: [{ type: 'open_reconciliation', departmentId: b.departmentId, from: b.from, to: b.to }],
      }),
    ),
  );
}
