/*
 * Europe/Oslo wall-clock arithmetic for the demo generator, without Intl: the generator makes
 * millions of timestamps and must give the same ones on every machine. Norway follows the EU rule
 * since 1996: summer time (+02:00) from the last Sunday of March 01:00 UTC to the last Sunday of
 * October 01:00 UTC, otherwise +01:00. A test holds this against Intl.
 */

const MINUTE = 60_000;

/** The last Sunday of `month` (1–12) at 01:00 UTC, when the EU clocks change. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Minutes Oslo is ahead of UTC at an instant: 60 or 120. */
export function osloOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayAt0100Utc(year, 3) && utcMs < lastSundayAt0100Utc(year, 10) ? 120 : 60;
}

/**
 * The instant of a wall-clock time: `minutes` after local midnight of `date` (may pass 24:00 for
 * the night after). In the repeated autumn hour it takes the first (summer-time) occurrence; a
 * time in the spring gap lands an hour later, after the jump.
 */
export function osloLocalToUtc(date: string, minutes: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d) + minutes * MINUTE;
  const summer = asUtc - 120 * MINUTE;
  if (osloOffsetMinutes(summer) === 120) return summer;
  return asUtc - 60 * MINUTE;
}

/** ISO 8601 with Oslo's offset, e.g. 2026-03-14T01:41:07+01:00, as a POS sends it. */
export function formatOsloInstant(utcMs: number): string {
  const offset = osloOffsetMinutes(utcMs);
  const local = new Date(Math.floor(utcMs / 1000) * 1000 + offset * MINUTE).toISOString().slice(0, 19);
  return `${local}${offset === 120 ? '+02:00' : '+01:00'}`;
}

/** `date` plus `days`, both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a calendar date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Today's date in Oslo (the CLI's default end of the generated range). */
export function osloToday(now: number = Date.now()): string {
  return new Date(now + osloOffsetMinutes(now) * MINUTE).toISOString().slice(0, 10);
}
