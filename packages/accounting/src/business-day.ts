import { addDays, daysFromCivil, fromOsloLocal, parseDate, toEpochMs, toOsloLocal } from './oslo-time';

/**
 * Business days (docs/voucher-rules.md rule 1): day B of a department is [B at its start time, B+1 at
 * its start time) in Europe/Oslo. On daylight-saving days that is 23 or 25 hours.
 */

export const DEFAULT_BUSINESS_DAY_START = '05:00';

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" → minutes after midnight. */
export function parseTimeOfDay(start: string): number {
  const match = TIME_RE.exec(start);
  if (!match) throw new RangeError(`expected a time HH:MM, got "${start}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export interface BusinessDayWindow {
  businessDay: string;
  /** First instant of the day (inclusive), epoch ms. */
  startMs: number;
  /** First instant of the next day (exclusive), epoch ms. */
  endMs: number;
  /** Same instants as ISO 8601 UTC. */
  start: string;
  end: string;
  /** 24, or 23 / 25 on daylight-saving days. */
  hours: number;
}

/** The UTC window of business day `businessDay` for a department starting its day at `start`. */
export function businessDayWindow(
  businessDay: string,
  start: string = DEFAULT_BUSINESS_DAY_START,
): BusinessDayWindow {
  const minute = parseTimeOfDay(start);
  const startMs = fromOsloLocal(businessDay, minute);
  const endMs = fromOsloLocal(addDays(businessDay, 1), minute);
  return {
    businessDay,
    startMs,
    endMs,
    start: new Date(startMs).toISOString(),
    end: new Date(endMs).toISOString(),
    hours: (endMs - startMs) / 3_600_000,
  };
}

/** The business day ('YYYY-MM-DD') an instant belongs to. */
export function businessDayOf(
  instant: string | number | Date,
  start: string = DEFAULT_BUSINESS_DAY_START,
): string {
  const ms = toEpochMs(instant);
  const minute = parseTimeOfDay(start);
  const local = toOsloLocal(ms);
  // The wall clock gives the answer except around a DST jump at the start time itself; the window
  // check below settles those few cases by the instants.
  let day = local.minuteOfDay >= minute ? local.date : addDays(local.date, -1);
  if (ms < fromOsloLocal(day, minute)) day = addDays(day, -1);
  else if (ms >= fromOsloLocal(addDays(day, 1), minute)) day = addDays(day, 1);
  return day;
}

/** Whether an instant falls in business day `businessDay`. */
export function isInBusinessDay(
  instant: string | number | Date,
  businessDay: string,
  start = DEFAULT_BUSINESS_DAY_START,
): boolean {
  const ms = toEpochMs(instant);
  const window = businessDayWindow(businessDay, start);
  return ms >= window.startMs && ms < window.endMs;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function listBusinessDays(from: string, to: string): string[] {
  const first = daysFromCivil(parseDate(from));
  const count = daysFromCivil(parseDate(to)) - first + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/**
 * Whether day B has ended at `now`, plus a grace period (automatic export waits for late orders).
 * `now` is passed in: this package never reads the clock.
 */
export function hasBusinessDayEnded(
  businessDay: string,
  start: string,
  now: string | number | Date,
  graceMinutes = 0,
): boolean {
  return toEpochMs(now) >= businessDayWindow(businessDay, start).endMs + graceMinutes * 60_000;
}

/** Groups items by the business day of their instant, days in ascending order. */
export function groupByBusinessDay<T>(
  items: readonly T[],
  instantOf: (item: T) => string | number | Date,
  start = DEFAULT_BUSINESS_DAY_START,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const day = businessDayOf(instantOf(item), start);
    const group = groups.get(day);
    if (group) group.push(item);
    else groups.set(day, [item]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
