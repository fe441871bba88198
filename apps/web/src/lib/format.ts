/**
 * Display formatting for Norway: NOK as `1 234,50 kr`, dates and times in Europe/Oslo.
 * Amounts arrive as integer øre; they are turned into an exact decimal string before Intl
 * sees them, so no floating-point division ever touches money.
 */

const LOCALE = 'nb-NO';
const TIME_ZONE = 'Europe/Oslo';

const nokFormat = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'NOK' });
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
// A business day is a calendar date, not an instant: format it in UTC so no zone can shift it.
const calendarDateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "1234.50" style exact decimal string from integer øre. */
export function oreToDecimalString(ore: number): `${number}` {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Amount must be an integer number of øre, got ${ore}`);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kroner = Math.trunc(abs / 100);
  const rest = abs % 100;
  return `${sign}${kroner}.${String(rest).padStart(2, '0')}` as `${number}`;
}

/** 123450 → "1 234,50 kr" (non-breaking spaces, as Intl writes them for nb-NO). */
export function formatNok(ore: number): string {
  // The decimal-string overload keeps the value exact (Intl.NumberFormat v3).
  return nokFormat.format(oreToDecimalString(ore));
}

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}

/** An instant as its date in Oslo: "2026-03-14T00:41:07Z" → "14.03.2026". */
export function formatDate(value: string | Date): string {
  return dateFormat.format(toDate(value));
}

/** An instant as date and time in Oslo: "14.03.2026, 01:41". */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(toDate(value));
}

/** An instant as time of day in Oslo: "01:41". */
export function formatTime(value: string | Date): string {
  return timeFormat.format(toDate(value));
}

/** A business day "YYYY-MM-DD" as "13.03.2026", independent of any time zone. */
export function formatBusinessDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${day}`);
  const [, y, m, d] = match;
  return calendarDateFormat.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
}
