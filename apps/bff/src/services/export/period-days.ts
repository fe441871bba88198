import {
  businessDayWindow,
  fnv1a64Hex,
  listBusinessDays,
  type DaySums,
  type VoucherMappings,
} from '@qo/accounting';
import {
  aggregatePosDays,
  loadCashMovements,
  loadPosOrdersPaidWith,
  type Database,
  type DayAggregate,
  type Kysely,
  type PeriodCashMovement,
  type PeriodOrder,
} from '@qo/db';

export interface DayWindowUtc {
  businessDay: string;
  /** ISO-8601 UTC, as stored: text comparison is time comparison. */
  fromUtc: string;
  toUtc: string;
}

/**
 * A business day as the export reads it (`DaySums` of `@qo/accounting`, which turns it into the
 * voucher builder's orders with `dayOrders`), with its window and its cash movements.
 */
export interface DayData extends DayWindowUtc, DaySums {
  aggregate: DayAggregate;
  splitOrders: PeriodOrder[];
  cashMovements: PeriodCashMovement[];
}

/** The business days of [from, to] with their windows in UTC (23/25 h on DST days). */
export function dayWindows(from: string, to: string, businessDayStart: string): DayWindowUtc[] {
  return windowsOf(listBusinessDays(from, to), businessDayStart);
}

export function windowsOf(days: readonly string[], businessDayStart: string): DayWindowUtc[] {
  return days.map((businessDay) => {
    const w = businessDayWindow(businessDay, businessDayStart);
    return {
      businessDay,
      fromUtc: new Date(w.startMs).toISOString(),
      toUtc: new Date(w.endMs).toISOString(),
    };
  });
}

/** Reads the given days (ascending, gaps allowed) of a department: per-day totals, split orders, cash movements. */
export async function loadDays(
  db: Kysely<Database>,
  departmentId: string,
  windows: readonly DayWindowUtc[],
  mappings: VoucherMappings,
): Promise<DayData[]> {
  if (windows.length === 0) return [];
  const fromUtc = windows[0]!.fromUtc;
  const toUtc = windows[windows.length - 1]!.toUtc;
  const excluded = mappings.paymentTypes.filter((p) => !p.transferToAccounting).map((p) => p.id);
  const [aggregates, splitOrders, cashMovements] = await Promise.all([
    aggregatePosDays(db, departmentId, windows),
    loadPosOrdersPaidWith(db, departmentId, fromUtc, toUtc, excluded),
    loadCashMovements(db, departmentId, fromUtc, toUtc),
  ]);
  const days: DayData[] = windows.map((w, i) => ({
    ...w,
    aggregate: aggregates[i]!,
    splitOrders: [],
    cashMovements: [],
  }));
  assign(
    days,
    splitOrders,
    (o) => o.closedAt,
    (d) => d.splitOrders,
  );
  assign(
    days,
    cashMovements,
    (m) => m.at,
    (d) => d.cashMovements,
  );
  return days;
}

/** Puts time-sorted items into their (sorted) day windows in one pass. */
function assign<T>(
  days: readonly DayData[],
  items: readonly T[],
  at: (item: T) => string,
  into: (day: DayData) => T[],
): void {
  let d = 0;
  for (const item of items) {
    const instant = at(item);
    while (d < days.length && instant >= days[d]!.toUtc) d++;
    if (d === days.length) break;
    if (instant >= days[d]!.fromUtc) into(days[d]!).push(item);
  }
}

/**
 * "Changed since transfer": orders are never altered once stored (a resend with other content is
 * refused), so a day changes only by orders or cash movements arriving later, and those always
 * move its sums or counts. The fingerprint is a hash of the day's sums, counts and cash movements.
 */
export function dayFingerprint(day: DayData): string {
  const lines = day.aggregate.lines.map((l) => `${l.productTypeId}|${l.vatRate}|${l.amount}`).sort();
  const payments = day.aggregate.payments
    .map((p) => `${p.paymentTypeId}|${p.amount}|${p.tip}|${p.count}`)
    .sort();
  const cash = day.cashMovements.map((m) => `${m.id}|${m.kind}|${m.amount}`).sort();
  return `sums:${fnv1a64Hex(JSON.stringify([lines, payments, cash]))}`;
}
