import {
  addDays,
  businessDayOf,
  hasBusinessDayEnded,
  listBusinessDays,
  type VoucherMappings,
} from '@qo/accounting';
import type { AttentionAction, AttentionProblem, FixTarget, MappingPageName } from '@qo/contracts';
import {
  firstStoredAfter,
  listPostings,
  listTroubledDays,
  type Database,
  type DepartmentRow,
  type IntegrationRow,
  type Kysely,
} from '@qo/db';
import { AUTO_EXPORT_GRACE_MINUTES } from '../export/auto-export';
import { dayMessage } from '../export/day-failure';
import { buildDay } from '../export/day-voucher';
import { loadDays, windowsOf } from '../export/period-days';
import { readDayStates, type DayRead } from './day-states';
import { departmentRef, problem } from './problem';

/** Ended days that wait this long past the automatic export's grace mean it has stopped. */
export const AUTO_EXPORT_STALL_MINUTES = 60;

/** The action that fixes a voucher problem's target (`FixTarget` of `@qo/contracts`), naming the row. */
function fixAction(fix: FixTarget, departmentId: string, mappings: VoucherMappings): AttentionAction | null {
  const mapping = (
    page: MappingPageName,
    ref: string | null,
    name: string | null = null,
  ): AttentionAction => ({
    type: 'fix_mapping',
    page,
    ref,
    name,
  });
  switch (fix.kind) {
    case 'product-type':
      return mapping('product_types', fix.id, mappings.productTypes.find((t) => t.id === fix.id)?.name);
    case 'payment-type':
      return mapping('payment_types', fix.id, mappings.paymentTypes.find((t) => t.id === fix.id)?.name);
    case 'vat-code':
      return mapping('vat_codes', fix.id, fix.id === null ? null : `${fix.id} %`);
    case 'rounding-account':
      return mapping('rounding_account', null);
    case 'connection':
      return { type: 'open_integration', departmentId };
    default:
      return null;
  }
}

/** Failure codes that say the connection, not the day, is what needs fixing. */
const CONNECTION_CODES = new Set(['invalid_client_key', 'missing_privileges', 'not_connected']);

export interface DayProblemsInput {
  department: DepartmentRow;
  integration: IntegrationRow | undefined;
  mappings: VoucherMappings;
  now: Date;
  /** How many business days back transferred days are checked for sales that arrived later. */
  changedLookbackDays: number;
}

/**
 * A department's failed, blocked and changed business days, judged by the export's own `dayState`
 * (so Eksport's history shows the same), and whether its automatic export has stopped.
 */
export async function departmentDayProblems(
  db: Kysely<Database>,
  input: DayProblemsInput,
): Promise<AttentionProblem[]> {
  const { department, integration, now } = input;
  const start = department.business_day_start;
  const today = businessDayOf(now, start);
  const lookbackFrom = addDays(today, -input.changedLookbackDays);
  const [troubled, recentPostings] = await Promise.all([
    listTroubledDays(db, department.id),
    listPostings(db, department.id, lookbackFrom, today),
  ]);
  const autoDays = autoExportDays(integration, start, now, lookbackFrom);
  const days = [...new Set([...troubled, ...recentPostings.map((p) => p.business_day), ...autoDays])].sort();
  const reads = await readDayStates(db, department, days);
  const dept = departmentRef(department);
  const problems: AttentionProblem[] = [];

  // Blocked days and the days automatic export waits for: rebuilt from the mappings (no PowerOffice
  // call) to name the row that fixes a block, and to leave out days with nothing to post.
  const autoSet = new Set(autoDays);
  const rebuild = reads.filter(
    (r) => r.status === 'blocked' || (autoSet.has(r.businessDay) && waitsForVoucher(r)),
  );
  const built = new Map(
    (
      await loadDays(
        db,
        department.id,
        windowsOf(
          rebuild.map((r) => r.businessDay),
          start,
        ),
        input.mappings,
      )
    ).map((d) => {
      const { voucher } = buildDay(d, input.mappings, null);
      return [d.businessDay, voucher] as const;
    }),
  );

  for (const read of reads) {
    const { businessDay, state } = read;
    if (read.status === 'failed') {
      const { failure } = dayMessage('failed', state.message);
      const actions: AttentionAction[] = [{ type: 'retry_day', departmentId: department.id, businessDay }];
      if (failure && CONNECTION_CODES.has(failure.code))
        actions.unshift({ type: 'open_integration', departmentId: department.id });
      actions.push({ type: 'open_export_day', departmentId: department.id, businessDay });
      problems.push(
        problem({
          key: `day_failed:${department.id}:${businessDay}`,
          kind: 'day_failed',
          severity: 'error',
          department: dept,
          businessDay,
          since: failedSince(read),
          failure,
          actions,
        }),
      );
    } else if (read.status === 'blocked') {
      const { failure } = dayMessage('blocked', state.message);
      const voucher = built.get(businessDay);
      const fixes = new Map<string, AttentionAction>();
      for (const p of voucher?.problems ?? []) {
        const action = p.fix ? fixAction(p.fix, department.id, input.mappings) : null;
        if (action) fixes.set(JSON.stringify(action), action);
      }
      // Nothing blocks it any more (a mapping was fixed since): transferring it is what is left.
      const actions: AttentionAction[] =
        fixes.size > 0
          ? [...fixes.values()]
          : [{ type: 'retry_day', departmentId: department.id, businessDay }];
      actions.push({ type: 'open_export_day', departmentId: department.id, businessDay });
      problems.push(
        problem({
          key: `day_blocked:${department.id}:${businessDay}`,
          kind: 'day_blocked',
          severity: 'error',
          department: dept,
          businessDay,
          since: read.result?.updated_at ?? null,
          failure,
          actions,
        }),
      );
    } else if (read.status === 'changed') {
      const sent = state.latestSent!;
      const since = await firstStoredAfter(
        db,
        department.id,
        read.data.fromUtc,
        read.data.toUtc,
        sent.posted_at ?? sent.updated_at,
      );
      problems.push(
        problem({
          key: `day_changed:${department.id}:${businessDay}`,
          kind: 'day_changed',
          severity: 'warning',
          department: dept,
          businessDay,
          since: since ?? sent.posted_at ?? sent.updated_at,
          actions: [{ type: 'open_export_day', departmentId: department.id, businessDay }],
        }),
      );
    }
  }

  const stopped = autoExportStopped(
    input,
    reads.filter((r) => autoSet.has(r.businessDay) && waitsForVoucher(r)),
    built,
  );
  if (stopped) problems.push(stopped);
  return problems;
}

/** When a failed day failed: its voucher's failed attempt, else the transfer's result. */
function failedSince(read: DayRead): string | null {
  const main = read.state.main;
  if (main?.status === 'failed') return main.updated_at;
  return read.result?.updated_at ?? null;
}

/** No voucher held (none, or only a failed one) and sales that day: automatic export owes it one. */
function waitsForVoucher(read: DayRead): boolean {
  if (!read.hasSales) return false;
  return !read.postings.some((p) => p.correction === 0 && p.status !== 'failed');
}

/**
 * The ended business days (after the grace) since automatic export was switched on, within the
 * look-back: the days it should have transferred by now. Empty when it is off.
 */
function autoExportDays(
  integration: IntegrationRow | undefined,
  start: string,
  now: Date,
  lookbackFrom: string,
): string[] {
  if (!integration || integration.auto_export !== 1 || !integration.auto_export_since) return [];
  const first = businessDayOf(integration.auto_export_since, start);
  let last = businessDayOf(now, start);
  while (last >= first && !hasBusinessDayEnded(last, start, now, AUTO_EXPORT_GRACE_MINUTES))
    last = addDays(last, -1);
  const from = first > lookbackFrom ? first : lookbackFrom;
  return last < from ? [] : listBusinessDays(from, last);
}

/**
 * Automatic export is on, but days with something to post still hold no voucher well after their
 * end: stopped, with the reason the export's state gives.
 */
function autoExportStopped(
  input: DayProblemsInput,
  waiting: DayRead[],
  built: Map<string, ReturnType<typeof buildDay>['voucher']>,
): AttentionProblem | null {
  const { department, integration, now } = input;
  if (!integration) return null;
  const owed = waiting.filter((r) => (built.get(r.businessDay)?.lines.length ?? 0) > 0);
  if (owed.length === 0) return null;
  const oldest = owed[0]!;
  const due =
    Date.parse(oldest.data.toUtc) + (AUTO_EXPORT_GRACE_MINUTES + AUTO_EXPORT_STALL_MINUTES) * 60_000;
  if (now.getTime() < due) return null;
  const reason =
    integration.status === 'error'
      ? 'connection_failed'
      : owed.some((r) => r.status === 'failed')
        ? 'days_failed'
        : owed.some((r) => r.status === 'blocked')
          ? 'days_blocked'
          : 'not_running';
  const actions: AttentionAction[] =
    reason === 'connection_failed'
      ? [{ type: 'open_integration', departmentId: department.id }]
      : [{ type: 'open_export_day', departmentId: department.id, businessDay: oldest.businessDay }];
  return problem({
    key: `auto_export_stopped:${department.id}`,
    kind: 'auto_export_stopped',
    severity: 'error',
    department: departmentRef(department),
    businessDay: oldest.businessDay,
    since: new Date(Date.parse(oldest.data.toUtc) + AUTO_EXPORT_GRACE_MINUTES * 60_000).toISOString(),
    count: owed.length,
    reason,
    actions,
  });
}
