import Holidays from 'date-holidays';
import { addDays, daysFromCivil, parseDate } from '../oslo-time';

/*
 * Norwegian banking days: Monday to Friday, except the public holidays (første nyttårsdag,
 * skjærtorsdag, langfredag, andre påskedag, 1. mai, 17. mai, Kristi himmelfartsdag, andre pinsedag,
 * første og andre juledag) and the days the banks close besides (julaften, nyttårsaften). The
 * calendar comes from date-holidays (docs/decisions/0016-banking-days.md): its Norwegian data marks
 * the first kind `public` and the second `bank`. Acquirers (Nets, Vipps) pay out on these days only.
 */

const norway = new Holidays('NO');
const closedByYear = new Map<number, ReadonlySet<string>>();

function closedDays(year: number): ReadonlySet<string> {
  let days = closedByYear.get(year);
  if (!days) {
    days = new Set(
      norway
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    closedByYear.set(year, days);
  }
  return days;
}

/** Whether banks in Norway settle on this date ('YYYY-MM-DD'). */
export function isBankingDay(date: string): boolean {
  const civil = parseDate(date);
  // 1970-01-01 was a Thursday: day 0 → 4 (Sunday = 0).
  const weekday = (((daysFromCivil(civil) + 4) % 7) + 7) % 7;
  if (weekday === 0 || weekday === 6) return false;
  return !closedDays(civil.year).has(date);
}

/** The n-th banking day after `date` (n ≥ 1); `date` itself need not be a banking day. */
export function addBankingDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isBankingDay(day)) left--;
  }
  return day;
}

/** How many banking days lie after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function bankingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isBankingDay(day)) count++;
  return count;
}
