import { businessDayWindow, listBusinessDays } from '@qo/accounting';
import type { Database, Statement } from 'better-sqlite3';

/*
 * The floor the preview is held to: the bare SQL aggregate of the same rows, run directly on the
 * same database file, with nothing around it. Per business day (05:00–05:00 Oslo, 23/25 h on DST
 * days) the line totals per (product type, VAT rate) and the payments per payment type, each one
 * range scan of the covering (department_id, closed_at, …) index.
 */
export class BareAggregate {
  private readonly lines: Statement;
  private readonly payments: Statement;
  private readonly dayStart: Statement;

  constructor(db: Database) {
    this.lines = db.prepare(
      `select product_type_id, vat_rate, sum(total) as amount from order_lines
       where department_id = ? and closed_at >= ? and closed_at < ? group by product_type_id, vat_rate`,
    );
    this.payments = db.prepare(
      `select payment_type_id, sum(amount) as amount, sum(tip) as tips, count(*) as n from order_payments
       where department_id = ? and closed_at >= ? and closed_at < ? group by payment_type_id`,
    );
    this.dayStart = db.prepare('select business_day_start as start from departments where id = ?');
  }

  /** Returns the number of result rows (so nothing is optimised away, and a check that rows exist). */
  run(departmentId: string, from: string, to: string): number {
    const { start } = this.dayStart.get(departmentId) as { start: string };
    let rows = 0;
    for (const day of listBusinessDays(from, to)) {
      const w = businessDayWindow(day, start);
      const fromUtc = new Date(w.startMs).toISOString();
      const toUtc = new Date(w.endMs).toISOString();
      rows += this.lines.all(departmentId, fromUtc, toUtc).length;
      rows += this.payments.all(departmentId, fromUtc, toUtc).length;
    }
    return rows;
  }
}
