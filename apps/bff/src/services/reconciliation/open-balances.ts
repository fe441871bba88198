import { addDays } from '@qo/accounting';
import { listLatestReconciliationReads, type Database, type Kysely } from '@qo/db';
import { READ_DAYS_AFTER, READ_DAYS_BEFORE, reconcileFromStoredRead } from './reconcile';

/**
 * What is open on the clearing accounts per department, for a summary elsewhere (Oversikt's
 * "Trenger oppmerksomhet", the alerts): from each department's latest stored Avstemming read, never
 * a new PowerOffice request. Only flagged days count (due and not settled, or settled short or
 * over). A department nobody has reconciled yet has no entry.
 */
export interface OpenClearingBalance {
  departmentId: string;
  departmentName: string;
  from: string;
  to: string;
  readAt: string;
  accounts: {
    accountNo: number;
    paymentTypes: string[];
    open: number;
    flaggedDays: number;
    oldestFlaggedDay: string | null;
  }[];
}

export async function listOpenClearingBalances(
  db: Kysely<Database>,
  companyId: string,
  today: string,
): Promise<OpenClearingBalance[]> {
  const latest = new Map<string, string>();
  for (const read of await listLatestReconciliationReads(db, companyId)) {
    if (!latest.has(read.departmentId)) latest.set(read.departmentId, read.readKey);
  }
  const balances: OpenClearingBalance[] = [];
  for (const [departmentId, readKey] of latest) {
    const window = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})\|/.exec(readKey);
    if (!window) continue;
    const from = addDays(window[1]!, READ_DAYS_BEFORE);
    const to = addDays(window[2]!, -READ_DAYS_AFTER);
    const result = await reconcileFromStoredRead(db, companyId, departmentId, from, to, today);
    if (!result?.readAt) continue;
    const accounts = result.accounts
      .map((a) => {
        const flagged = a.days.filter((d) => d.flagged);
        return {
          accountNo: a.accountNo,
          paymentTypes: a.paymentTypes.map((p) => p.name),
          open: flagged.reduce((sum, d) => sum + d.open, 0),
          flaggedDays: flagged.length,
          oldestFlaggedDay: flagged[0]?.businessDay ?? null,
        };
      })
      .filter((a) => a.flaggedDays > 0);
    if (accounts.length > 0) {
      balances.push({
        departmentId,
        departmentName: result.department.name,
        from,
        to,
        readAt: result.readAt,
        accounts,
      });
    }
  }
  return balances;
}
