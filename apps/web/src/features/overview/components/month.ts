/** Months as 'YYYY-MM' and today's date in Oslo: the calendar's arithmetic, on calendar dates only. */

const osloDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Oslo, 'YYYY-MM-DD', whatever the browser's zone. */
export function osloToday(now = new Date()): string {
  return osloDate.format(now);
}

export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && value >= '2000-01' && value <= '2099-12';
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Empty cells before the 1st in a week that starts on Monday (0 = the 1st is a Monday). */
export function leadingBlanks(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
}

/** The month's name and year in the user's language ("februar 2026"). */
export function monthLabel(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Monday first, short names in the user's language. */
export function weekdayNames(language: string): { short: string; long: string }[] {
  const locale = language === 'en' ? 'en-GB' : 'nb-NO';
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(2026, 0, 5 + i));
    return { short: short.format(date), long: long.format(date) };
  });
}

/** Whole kroner, abbreviated for a narrow cell: 12 345,00 kr → "12,3k" (display only; sums stay in øre). */
export function abbreviateKroner(ore: number, language: string): string {
  const kroner = Math.trunc(ore / 100);
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(kroner);
}
