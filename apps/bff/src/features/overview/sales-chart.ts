import { addDays, businessDayOf, listBusinessDays } from '@qo/accounting';
import type { DepartmentSalesChart } from '@qo/contracts';
import { findDepartment, type Database, type ExportPostingRow, type Kysely } from '@qo/db';
import { foundOr404 } from '../../lib/app-error';
import { readDayStates } from '../../services/problems/index';
import { postedLines } from '../../services/export/history';

/** Sales lines of a voucher: revenue and gift cards sold (credited gross, negative). */
const SALES_SOURCES = new Set(['revenue', 'gift_card_sold']);

/** The gross sales PowerOffice GO holds from the given sent postings (a day's voucher and its corrections). */
export function transferredSales(postings: readonly ExportPostingRow[]): number {
  let sales = 0;
  for (const p of postings)
    for (const line of postedLines(p)) if (SALES_SOURCES.has(line.source)) sales -= line.amount;
  return sales;
}

/**
 * Daily gross sales of the last `days` business days up to `to` (default: the day before the
 * department's current one), beside what was transferred: the sales lines of the day's sent voucher
 * and its sent corrections. From the same per-day reads as the calendar.
 */
export async function buildSalesChart(
  db: Kysely<Database>,
  companyId: string,
  departmentId: string,
  days: number,
  to: string | undefined,
  now = new Date(),
): Promise<DepartmentSalesChart> {
  const department = foundOr404(await findDepartment(db, companyId, departmentId), 'Avdelingen');
  const last = to ?? addDays(businessDayOf(now, department.business_day_start), -1);
  const from = addDays(last, -(days - 1));
  const reads = await readDayStates(db, department, listBusinessDays(from, last));
  return {
    department: { id: department.id, name: department.name },
    from,
    to: last,
    days: reads.map((read) => {
      const { main, corrections } = read.state;
      const sent = main?.status === 'sent' ? [main, ...corrections] : [];
      return { businessDay: read.businessDay, gross: read.gross, transferred: transferredSales(sent) };
    }),
  };
}
