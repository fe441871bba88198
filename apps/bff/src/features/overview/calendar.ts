import { addDays, listBusinessDays } from '@qo/accounting';
import type { CalendarDayState, DepartmentCalendar } from '@qo/contracts';
import { findDepartment, type Database, type Kysely } from '@qo/db';
import { foundOr404 } from '../../lib/app-error';
import { readDayStates, type DayRead } from '../../services/problems/index';
import { dayMessage } from '../../services/export/day-failure';

/** The first and last business day of a month 'YYYY-MM'. */
export function monthDays(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** The export's status of a day, and `no_sales` for a day without sales that nothing was ever done with. */
export function calendarState(read: DayRead): CalendarDayState {
  if (read.status === 'not_transferred' && !read.hasSales && read.postings.length === 0) return 'no_sales';
  return read.status;
}

/**
 * A department's month of business days as Eksport's history judges them (`readDayStates`, the
 * same `dayState`), with each day's gross sales from the per-day totals: one range scan of the
 * hour totals, the month's postings and transfer results. No PowerOffice call.
 */
export async function buildCalendar(
  db: Kysely<Database>,
  companyId: string,
  departmentId: string,
  month: string,
): Promise<DepartmentCalendar> {
  const department = foundOr404(await findDepartment(db, companyId, departmentId), 'Avdelingen');
  const { from, to } = monthDays(month);
  const reads = await readDayStates(db, department, listBusinessDays(from, to));
  return {
    department: { id: department.id, name: department.name },
    month,
    days: reads.map((read) => ({
      businessDay: read.businessDay,
      state: calendarState(read),
      gross: read.gross,
      failure: dayMessage(read.status, read.state.message).failure,
      voucherNo: read.state.main?.voucher_no ?? null,
    })),
  };
}
