import type { DayStatus } from '@qo/contracts';
import {
  aggregatePosDays,
  latestTransferDayResults,
  listPostings,
  loadCashMovements,
  type Database,
  type ExportPostingRow,
  type ExportTransferDayRow,
  type Kysely,
} from '@qo/db';
import { dayState, groupPostings, type DayState } from '../export/day-state';
import { dayFingerprint, windowsOf, type DayData } from '../export/period-days';

/** A department's business day as the export's history judges it, with the day's sales. */
export interface DayRead {
  businessDay: string;
  /** The export's own verdict (`dayState`): the history and the preview show the same. */
  state: DayState;
  status: DayStatus;
  /** The day's sums and cash movements, as the export reads them. */
  data: DayData;
  /** Orders or cash movements that day. */
  hasSales: boolean;
  /** Σ line totals, øre incl. VAT. */
  gross: number;
  postings: ExportPostingRow[];
  /** The latest finished transfer result of the day (blocked, failed, sent …), if any. */
  result: ExportTransferDayRow | undefined;
}

export interface DepartmentDays {
  id: string;
  business_day_start: string;
}

/**
 * Reads the given business days (ascending, gaps allowed) of a department the way the export's
 * history does (`services/export/history.ts`): the per-day sums from the hour totals, the cash
 * movements, the postings and the latest transfer results, judged by `dayState` with the day's
 * fingerprint. No order is read one by one: only sums, so a month or a year is one range scan.
 */
export async function readDayStates(
  db: Kysely<Database>,
  department: DepartmentDays,
  days: readonly string[],
): Promise<DayRead[]> {
  if (days.length === 0) return [];
  const windows = windowsOf(days, department.business_day_start);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const [aggregates, cashMovements, postings, results] = await Promise.all([
    aggregatePosDays(db, department.id, windows),
    loadCashMovements(db, department.id, windows[0]!.fromUtc, windows[windows.length - 1]!.toUtc),
    listPostings(db, department.id, first, last),
    latestTransferDayResults(db, department.id, first, last),
  ]);
  const byDay = groupPostings(postings);
  let m = 0;
  return windows.map((w, i) => {
    const data: DayData = { ...w, aggregate: aggregates[i]!, splitOrders: [], cashMovements: [] };
    // Cash movements are in time order and the windows ascending: one pass puts them in their days.
    while (m < cashMovements.length && cashMovements[m]!.at < w.fromUtc) m++;
    while (m < cashMovements.length && cashMovements[m]!.at < w.toUtc)
      data.cashMovements.push(cashMovements[m++]!);
    const dayPostings = byDay.get(w.businessDay) ?? [];
    const result = results.get(w.businessDay);
    const state = dayState(dayPostings, result, dayPostings.length ? dayFingerprint(data) : null);
    let gross = 0;
    for (const l of data.aggregate.lines) gross += l.amount;
    const hasSales =
      data.aggregate.lines.length > 0 || data.aggregate.payments.length > 0 || data.cashMovements.length > 0;
    return {
      businessDay: w.businessDay,
      state,
      status: state.status,
      data,
      hasSales,
      gross,
      postings: dayPostings,
      result,
    };
  });
}
