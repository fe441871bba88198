import { alertKindSchema, attentionProblemSchema, type AttentionProblem } from '@qo/contracts';
import {
  findOutboxRowByOrder,
  hasOpenTransfer,
  listAlertRecipients,
  listOpenAlerts,
  listUsersToldOfAlert,
  markAlertNotified,
  openAlert,
  queueAlertMail,
  solveAlert,
  toDbInstant,
  touchAlert,
  type AlertRecipient,
  type AlertRow,
  type Database,
  type Kysely,
} from '@qo/db';
import { listOpenProblems } from '../problems';
import { composeOpened, composeSolved } from './messages';
import { effectivePreferences } from './preferences';

const ALERT_KINDS = new Set<string>(alertKindSchema.options);

/**
 * Whether a problem makes an alert. Not a setup step (nothing broke), and not "automatic export /
 * invoicing stopped" when the reason is already an alert of its own (failed or blocked days, a
 * refused key, missing privileges): one incident, one e-mail.
 */
export function isAlertable(p: AttentionProblem): boolean {
  if (!ALERT_KINDS.has(p.kind)) return false;
  if (p.kind === 'auto_export_stopped') return p.reason === 'not_running';
  if (p.kind === 'auto_invoice_stopped') return p.reason === 'orders_overdue';
  return true;
}

export interface CheckResult {
  opened: AlertRow[];
  solved: AlertRow[];
}

/**
 * Compares the company's open problems with the alerts already open: a problem not yet known
 * opens an alert and queues one e-mail per user who wants it at once; a known one is only brought
 * up to date (a retry that fails again tells nobody); an alert whose problem is gone is solved and
 * the users told of it get one "solved" e-mail. Each step's writes are one transaction, and the
 * database decides between instances checking at the same time (see repositories/alerts.ts).
 */
export async function checkCompanyAlerts(
  db: Kysely<Database>,
  companyId: string,
  options: { now: Date; publicUrl: string },
): Promise<CheckResult> {
  const now = toDbInstant(options.now);
  const problems = (await listOpenProblems(db, companyId, { now: options.now })).filter(isAlertable);
  const open = await listOpenAlerts(db, companyId);
  const openByKey = new Map(open.map((a) => [a.key, a]));
  const current = new Set(problems.map((p) => p.key));
  const result: CheckResult = { opened: [], solved: [] };
  let recipients: AlertRecipient[] | undefined;
  const loadRecipients = async () => (recipients ??= await listAlertRecipients(db, companyId));

  for (const problem of problems) {
    const json = JSON.stringify(problem);
    const known = openByKey.get(problem.key);
    if (known) {
      if (known.problem_json !== json) await touchAlert(db, known.id, json, now);
      continue;
    }
    const users = await loadRecipients();
    const opened = await db.transaction().execute(async (trx) => {
      const alert = await openAlert(trx, {
        companyId,
        key: problem.key,
        kind: problem.kind,
        departmentId: problem.department?.id ?? null,
        problemJson: json,
        now,
      });
      if (!alert) return undefined;
      for (const user of users) {
        const prefs = effectivePreferences(user.role, user.preferences);
        if (prefs.delivery !== 'immediate' || !(prefs.emailKinds as readonly string[]).includes(problem.kind))
          continue;
        const mail = composeOpened(options.publicUrl, { name: user.name, language: prefs.language }, problem);
        await queueAlertMail(trx, {
          companyId,
          userId: user.id,
          dedupeKey: `opened:${alert.id}:${user.id}`,
          type: 'opened',
          alertId: alert.id,
          to: user.email,
          ...mail,
          now,
        });
      }
      await markAlertNotified(trx, alert.id, now);
      return alert;
    });
    if (opened) result.opened.push(opened);
  }

  for (const alert of open) {
    if (current.has(alert.key) || !(await isSettled(db, companyId, alert))) continue;
    const users = await loadRecipients();
    const problem = parseProblem(alert);
    const solved = await db.transaction().execute(async (trx) => {
      if (!(await solveAlert(trx, alert.id, now))) return false;
      if (!problem) return true;
      const told = new Set(await listUsersToldOfAlert(trx, alert.id));
      for (const user of users) {
        if (!told.has(user.id)) continue;
        const prefs = effectivePreferences(user.role, user.preferences);
        const mail = composeSolved(options.publicUrl, { name: user.name, language: prefs.language }, problem);
        await queueAlertMail(trx, {
          companyId,
          userId: user.id,
          dedupeKey: `solved:${alert.id}:${user.id}`,
          type: 'solved',
          alertId: alert.id,
          to: user.email,
          ...mail,
          now,
        });
      }
      return true;
    });
    if (solved) result.solved.push({ ...alert, open_key: null, solved_at: now });
  }
  return result;
}

/**
 * A problem missing from the list is solved only once the work that could bring it back has
 * finished: a day is re-read while a transfer of its department runs (a retry takes it out of
 * "failed" while it is being sent), a sales order while it waits to be sent again.
 */
async function isSettled(db: Kysely<Database>, companyId: string, alert: AlertRow): Promise<boolean> {
  switch (alert.kind) {
    case 'day_failed':
    case 'day_blocked':
    case 'day_changed':
    case 'auto_export_stopped':
      return alert.department_id === null || !(await hasOpenTransfer(db, alert.department_id));
    case 'sales_order_failed': {
      const orderId = parseProblem(alert)?.order?.id;
      if (!orderId) return true;
      const row = await findOutboxRowByOrder(db, companyId, orderId);
      return row === undefined || (row.status !== 'pending' && row.status !== 'sending');
    }
    default:
      return true;
  }
}

/** The problem as stored with the alert; undefined when it cannot be read (never an error). */
export function parseProblem(alert: AlertRow): AttentionProblem | undefined {
  try {
    const parsed = attentionProblemSchema.safeParse(JSON.parse(alert.problem_json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
