import type { AttentionProblem } from '@qo/contracts';
import {
  listDepartments,
  listLiveIntegrations,
  listOpenOutboxRows,
  type Database,
  type Kysely,
} from '@qo/db';
import { loadVoucherMappings } from '../export/company-mappings';
import { clearingProblems } from './clearing-problems';
import { connectionProblems } from './connection-problems';
import { departmentDayProblems } from './day-problems';
import { salesOrderProblems } from './order-problems';
import { setupProblems } from './setup-problems';
import { sortProblems } from './problem';

export interface ListOpenProblemsOptions {
  /** The clock; tests pass their own. */
  now?: Date;
  /**
   * How many business days back a transferred day is checked for sales that arrived after its
   * transfer (default 366, the longest period Eksport reads at once). Failed and blocked days are
   * found however old they are.
   */
  changedLookbackDays?: number;
}

export const DEFAULT_CHANGED_LOOKBACK_DAYS = 366;

/**
 * Everything in a company that needs a person now, each with a stable key and what fixes it:
 * failed, blocked and changed business days, automatic export or invoicing that stopped, sales
 * orders that failed or wait for a customer link, refused keys and missing privileges, and setup
 * steps not done. Read from the state the export, invoicing, the connections and the checklist
 * keep (no PowerOffice call, nothing stored): what Eksport and Kunder show is what this says.
 * Errors first, then the oldest first.
 */
export async function listOpenProblems(
  db: Kysely<Database>,
  companyId: string,
  opts: ListOpenProblemsOptions = {},
): Promise<AttentionProblem[]> {
  const now = opts.now ?? new Date();
  const changedLookbackDays = opts.changedLookbackDays ?? DEFAULT_CHANGED_LOOKBACK_DAYS;
  const [departments, integrations, outbox, mappings] = await Promise.all([
    listDepartments(db, companyId),
    listLiveIntegrations(db, companyId),
    listOpenOutboxRows(db, companyId),
    loadVoucherMappings(db, companyId, false),
  ]);
  const integrationOf = new Map(integrations.map((i) => [i.department_id, i]));
  const lists = await Promise.all([
    ...departments.map((department) => {
      const integration = integrationOf.get(department.id);
      return departmentDayProblems(db, {
        department,
        integration,
        // Rule 3 reads whether the department invoices credit orders (as `export/load-period.ts` does).
        mappings: { ...mappings, autoInvoice: integration?.auto_invoice === 1 },
        now,
        changedLookbackDays,
      });
    }),
    setupProblems(db, companyId),
    clearingProblems(db, companyId, now),
  ]);
  const connections = departments.flatMap((d) => connectionProblems(d, integrationOf.get(d.id), outbox, now));
  return sortProblems([...lists.flat(), ...connections, ...salesOrderProblems(outbox, departments)]);
}
