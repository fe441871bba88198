import { businessDayWindow, listBusinessDays } from '@qo/accounting';
import type { PeriodCashMovement, PeriodOrder, PeriodPosData } from '@qo/db';

export interface DayWindowUtc {
  businessDay: string;
  /** ISO-8601 UTC, as stored: text comparison is time comparison. */
  fromUtc: string;
  toUtc: string;
}

export interface DayData extends DayWindowUtc {
  orders: PeriodOrder[];
  cashMovements: PeriodCashMovement[];
}

/** The business days of [from, to] with their windows in UTC (23/25 h on DST days). */
export function dayWindows(from: string, to: string, businessDayStart: string): DayWindowUtc[] {
  return listBusinessDays(from, to).map((businessDay) => {
    const w = businessDayWindow(businessDay, businessDayStart);
    return { businessDay, fromUtc: new Date(w.startMs).toISOString(), toUtc: new Date(w.endMs).toISOString() };
  });
}

/**
 * Groups a period read (sorted by time) into its business days in one pass: the windows are
 * consecutive, so each order only moves a cursor forward.
 */
export function splitIntoDays(data: PeriodPosData, windows: readonly DayWindowUtc[]): DayData[] {
  const days: DayData[] = windows.map((w) => ({ ...w, orders: [], cashMovements: [] }));
  let d = 0;
  for (const order of data.orders) {
    while (d < days.length && order.closedAt >= days[d]!.toUtc) d++;
    if (d === days.length) break;
    if (order.closedAt >= days[d]!.fromUtc) days[d]!.orders.push(order);
  }
  d = 0;
  for (const movement of data.cashMovements) {
    while (d < days.length && movement.at >= days[d]!.toUtc) d++;
    if (d === days.length) break;
    if (movement.at >= days[d]!.fromUtc) days[d]!.cashMovements.push(movement);
  }
  return days;
}
