/*
 * The period shortcuts of the pages that pick business days (Eksport, Avstemming), in the browser's
 * calendar (Oslo for the people who use the product). Days are YYYY-MM-DD.
 */

export interface DayRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Monday–Sunday of the week before `today`. */
export function lastWeek(today = new Date()): DayRange {
  const monday = new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() - ((today.getDay() + 6) % 7) - 7,
  );
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return { from: isoDay(monday), to: isoDay(sunday) };
}

/** The whole month before `today`. */
export function lastMonth(today = new Date()): DayRange {
  const first = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  const last = new Date(today.getFullYear(), today.getMonth(), 0);
  return { from: isoDay(first), to: isoDay(last) };
}

/** The month of `today`, up to and with today. */
export function thisMonth(today = new Date()): DayRange {
  return { from: isoDay(new Date(today.getFullYear(), today.getMonth(), 1)), to: isoDay(today) };
}
