import { businessDayWindow, listBusinessDays } from '@qo/accounting';
import type { Database, Statement } from 'better-sqlite3';
import pg from 'pg';

/*
 * The floor the preview is held to: the bare SQL aggregate of the same rows, run directly on the
 * same database the BFF reads, with nothing around it. Per business day (05:00–05:00 Oslo, 23/25 h
 * on DST days) the line totals per (product type, VAT rate) and the payments per payment type,
 * each one range scan of the covering (department_id, closed_at, …) index.
 */
const LINES = `select product_type_id, vat_rate, sum(total) as amount from order_lines
  where department_id = $1 and closed_at >= $2 and closed_at < $3 group by product_type_id, vat_rate`;
const PAYMENTS = `select payment_type_id, sum(amount) as amount, sum(tip) as tips, count(*) as n from order_payments
  where department_id = $1 and closed_at >= $2 and closed_at < $3 group by payment_type_id`;
const DAY_START = 'select business_day_start as start from departments where id = $1';

export interface Aggregate {
  /** Returns the number of result rows (so nothing is optimised away, and a check that rows exist). */
  run(departmentId: string, from: string, to: string): Promise<number>;
  close(): Promise<void>;
}

function windows(from: string, to: string, start: string): [string, string][] {
  return listBusinessDays(from, to).map((day) => {
    const w = businessDayWindow(day, start);
    return [new Date(w.startMs).toISOString(), new Date(w.endMs).toISOString()];
  });
}

/** On the SQLite file: prepared statements of better-sqlite3, in the bench's own process. */
export class BareAggregate implements Aggregate {
  private readonly lines: Statement;
  private readonly payments: Statement;
  private readonly dayStart: Statement;

  constructor(db: Database) {
    // Each $n stands once and in order, so plain ? placeholders bind the same values.
    const numbered = (text: string) => text.replace(/\$\d/g, '?');
    this.lines = db.prepare(numbered(LINES));
    this.payments = db.prepare(numbered(PAYMENTS));
    this.dayStart = db.prepare(numbered(DAY_START));
  }

  async run(departmentId: string, from: string, to: string): Promise<number> {
    const { start } = this.dayStart.get(departmentId) as { start: string };
    let rows = 0;
    for (const [fromUtc, toUtc] of windows(from, to, start)) {
      rows += this.lines.all(departmentId, fromUtc, toUtc).length;
      rows += this.payments.all(departmentId, fromUtc, toUtc).length;
    }
    return rows;
  }

  async close(): Promise<void> {}
}

/** On PostgreSQL: one connection, named (prepared) statements, each day's two queries in turn. */
export class PostgresBareAggregate implements Aggregate {
  private constructor(private readonly client: pg.Client) {}

  static async connect(databaseUrl: string): Promise<PostgresBareAggregate> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new PostgresBareAggregate(client);
  }

  async run(departmentId: string, from: string, to: string): Promise<number> {
    const day = await this.client.query<{ start: string }>({
      name: 'bare_day_start',
      text: DAY_START,
      values: [departmentId],
    });
    let rows = 0;
    for (const [fromUtc, toUtc] of windows(from, to, day.rows[0]!.start)) {
      rows +=
        (await this.client.query({ name: 'bare_lines', text: LINES, values: [departmentId, fromUtc, toUtc] }))
          .rowCount ?? 0;
      rows +=
        (
          await this.client.query({
            name: 'bare_payments',
            text: PAYMENTS,
            values: [departmentId, fromUtc, toUtc],
          })
        ).rowCount ?? 0;
    }
    return rows;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
