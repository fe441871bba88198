import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/index';
import { ceilHour, floorHour, hourOf } from './pos-hours';

/*
 * The export's reads. A period is read as per-day totals (from the hour totals the ingest keeps)
 * plus, in full, only the orders that need the pro-rata split of docs/voucher-rules.md rule 3
 * (those with a payment type that is not transferred). Columns are aliased to the accounting
 * package's input names, so each row IS the line or payment the voucher builder reads: no second
 * object per line.
 */

export interface PeriodOrderLine {
  productTypeId: string;
  quantity: number;
  unitPrice: number;
  discount: number;
  vatRate: number;
}

export interface PeriodPayment {
  paymentTypeId: string;
  amount: number;
  tip: number;
}

export interface PeriodOrder {
  /** The POS's order id. */
  id: string;
  closedAt: string;
  orderType: string;
  customerId: string | null;
  lines: PeriodOrderLine[];
  payments: PeriodPayment[];
}

export interface PeriodCashMovement {
  id: string;
  at: string;
  kind: string;
  amount: number;
}

export interface DayAggregate {
  /** Σ line totals per (product type, VAT rate), gross øre; by product type, then VAT rate. */
  lines: { productTypeId: string; vatRate: number; amount: number }[];
  /** Per payment type: Σ amount (tips included), Σ tip and how many payments; by payment type. */
  payments: { paymentTypeId: string; amount: number; tip: number; count: number }[];
}

interface Window {
  fromUtc: string;
  toUtc: string;
}

/**
 * Per window (business day, ascending, not overlapping): the totals per (product type, VAT rate)
 * and per payment type. The whole UTC hours of each window come from the hour totals the ingest
 * keeps, summed per window in the database; the parts of an hour at a window's edges — only
 * when a business day does not start on the hour — are summed from the lines and payments.
 */
export async function aggregatePosDays(
  db: Kysely<Database>,
  departmentId: string,
  windows: readonly Window[],
): Promise<DayAggregate[]> {
  const sums = windows.map(() => ({
    lines: new Map<string, DayAggregate['lines'][number]>(),
    payments: new Map<string, DayAggregate['payments'][number]>(),
  }));
  if (windows.length === 0) return [];
  const whole = windows.map((w) => ({ from: hourOf(ceilHour(w.fromUtc)), to: hourOf(floorHour(w.toUtc)) }));
  const edges: { window: number; fromUtc: string; toUtc: string }[] = [];
  windows.forEach((w, i) => {
    const { from, to } = whole[i]!;
    if (from >= to) edges.push({ window: i, fromUtc: w.fromUtc, toUtc: w.toUtc });
    else {
      if (w.fromUtc < ceilHour(w.fromUtc))
        edges.push({ window: i, fromUtc: w.fromUtc, toUtc: ceilHour(w.fromUtc) });
      if (floorHour(w.toUtc) < w.toUtc)
        edges.push({ window: i, fromUtc: floorHour(w.toUtc), toUtc: w.toUtc });
    }
  });
  const addLine = (i: number, productTypeId: string, vatRate: number, amount: number) => {
    const key = `${productTypeId}|${vatRate}`;
    const sum = sums[i]!.lines.get(key);
    if (sum) sum.amount += amount;
    else sums[i]!.lines.set(key, { productTypeId, vatRate, amount });
  };
  const addPayment = (i: number, paymentTypeId: string, amount: number, tip: number, count: number) => {
    const sum = sums[i]!.payments.get(paymentTypeId);
    if (sum) {
      sum.amount += amount;
      sum.tip += tip;
      sum.count += count;
    } else sums[i]!.payments.set(paymentTypeId, { paymentTypeId, amount, tip, count });
  };

  const [hourSums, edgeSums] = await Promise.all([
    sumHourTotals(db, departmentId, whole),
    sumPosRanges(db, departmentId, edges),
  ]);
  hourSums.lines.forEach((l) => addLine(l.range, l.productTypeId, l.vatRate, l.amount));
  hourSums.payments.forEach((p) => addPayment(p.range, p.paymentTypeId, p.amount, p.tip, p.count));
  edgeSums.lines.forEach((l) => addLine(edges[l.range]!.window, l.productTypeId, l.vatRate, l.amount));
  edgeSums.payments.forEach((p) =>
    addPayment(edges[p.range]!.window, p.paymentTypeId, p.amount, p.tip, p.count),
  );

  const byKey = <T>(m: Map<string, T>, compare: (a: T, b: T) => number) => [...m.values()].sort(compare);
  return sums.map((s) => ({
    lines: byKey(s.lines, (a, b) => compareText(a.productTypeId, b.productTypeId) || a.vatRate - b.vatRate),
    payments: byKey(s.payments, (a, b) => compareText(a.paymentTypeId, b.paymentTypeId)),
  }));
}

type RangeSums = {
  lines: { range: number; productTypeId: string; vatRate: number; amount: number }[];
  payments: { range: number; paymentTypeId: string; amount: number; tip: number; count: number }[];
};

/**
 * Σ of the hour totals per range of whole hours [from, to) (hour keys, ascending, not
 * overlapping), grouped in the database in one index range scan of the department's hours. Rows
 * are grouped per UTC date and part of the date, the parts split at every hour of the day a range
 * starts or ends at (two for a period's business days: the start in winter and in summer time), so
 * no part crosses a range's edge: a few rows per day come back, each assigned to its range by the
 * hour it starts at. (A join of the ranges to the hours did the same in SQLite, but PostgreSQL's
 * planner compared every hour of the table with every range.)
 */
async function sumHourTotals(
  db: Kysely<Database>,
  departmentId: string,
  ranges: readonly { from: string; to: string }[],
): Promise<RangeSums> {
  const result: RangeSums = { lines: [], payments: [] };
  const wanted = ranges.map((r, range) => ({ range, ...r })).filter((r) => r.from < r.to);
  if (wanted.length === 0) return result;
  const hourOfDay = (hour: string) => hour.slice(11, 13);
  const splits = [...new Set(wanted.flatMap((r) => [hourOfDay(r.from), hourOfDay(r.to)]))]
    .filter((h) => h !== '00')
    .sort();
  const part =
    splits.length === 0
      ? sql`0`
      : sql`case ${sql.join(
          splits.map((h, k) => sql`when substr(hour, 12, 2) < ${sql.lit(h)} then ${sql.lit(k)}`),
          sql` `,
        )} else ${sql.lit(splits.length)} end`;
  const first = wanted[0]!.from;
  const last = wanted[wanted.length - 1]!.to;
  const [lines, payments] = await Promise.all([
    sql<{ day: string; part: number; product_type_id: string; vat_rate: number; amount: number | string }>`
      select substr(hour, 1, 10) as day, ${part} as part, product_type_id, vat_rate, sum(amount) as amount
      from pos_hour_line_totals where department_id = ${departmentId} and hour >= ${first} and hour < ${last}
      group by 1, 2, 3, 4`.execute(db),
    sql<{
      day: string;
      part: number;
      payment_type_id: string;
      amount: number | string;
      tip: number | string;
      n: number | string;
    }>`
      select substr(hour, 1, 10) as day, ${part} as part, payment_type_id, sum(amount) as amount, sum(tip) as tip, sum(payments) as n
      from pos_hour_payment_totals where department_id = ${departmentId} and hour >= ${first} and hour < ${last}
      group by 1, 2, 3`.execute(db),
  ]);
  // The range holding the part's first hour holds all of it (no range edge falls inside a part).
  const rangeOf = (day: string, p: number): number | undefined => {
    const hour = `${day}T${Number(p) === 0 ? '00' : splits[Number(p) - 1]}`;
    let lo = 0;
    let hi = wanted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = wanted[mid]!;
      if (hour < r.from) hi = mid - 1;
      else if (hour >= r.to) lo = mid + 1;
      else return r.range;
    }
    return undefined;
  };
  // PostgreSQL answers sum(bigint) as numeric text: Number() is exact for øre sums below 2^53.
  for (const l of lines.rows) {
    const range = rangeOf(l.day, l.part);
    if (range !== undefined)
      result.lines.push({
        range,
        productTypeId: l.product_type_id,
        vatRate: Number(l.vat_rate),
        amount: Number(l.amount),
      });
  }
  for (const p of payments.rows) {
    const range = rangeOf(p.day, p.part);
    if (range !== undefined)
      result.payments.push({
        range,
        paymentTypeId: p.payment_type_id,
        amount: Number(p.amount),
        tip: Number(p.tip),
        count: Number(p.n),
      });
  }
  return result;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ranges per statement: a compound SELECT per chunk keeps the statements few (round trips, for a server database). */
const RANGES_PER_STATEMENT = 4;

/**
 * Σ line totals per (product type, VAT rate) and Σ payments per payment type of each range,
 * summed from the lines and payments themselves over the covering (department_id, closed_at, …)
 * indexes. `range` is the range's index.
 */
export async function sumPosRanges(
  db: Kysely<Database>,
  departmentId: string,
  ranges: readonly Window[],
): Promise<RangeSums> {
  const result: RangeSums = { lines: [], payments: [] };
  for (let start = 0; start < ranges.length; start += RANGES_PER_STATEMENT) {
    const chunk = ranges.slice(start, start + RANGES_PER_STATEMENT);
    const lineSelects = chunk.map(
      (w, i) =>
        sql`select ${sql.lit(start + i)} as d, product_type_id, vat_rate, sum(total) as amount from order_lines
            where department_id = ${departmentId} and closed_at >= ${w.fromUtc} and closed_at < ${w.toUtc}
            group by product_type_id, vat_rate`,
    );
    const paymentSelects = chunk.map(
      (w, i) =>
        sql`select ${sql.lit(start + i)} as d, payment_type_id, sum(amount) as amount, sum(tip) as tip, count(*) as n from order_payments
            where department_id = ${departmentId} and closed_at >= ${w.fromUtc} and closed_at < ${w.toUtc}
            group by payment_type_id`,
    );
    const [lines, payments] = await Promise.all([
      sql<{
        d: number;
        product_type_id: string;
        vat_rate: number;
        amount: number | string;
      }>`${sql.join(lineSelects, sql` union all `)}`.execute(db),
      sql<{
        d: number;
        payment_type_id: string;
        amount: number | string;
        tip: number | string;
        n: number | string;
      }>`${sql.join(paymentSelects, sql` union all `)}`.execute(db),
    ]);
    // PostgreSQL answers sum(bigint) as numeric text: Number() is exact for øre sums below 2^53.
    for (const l of lines.rows)
      result.lines.push({
        range: Number(l.d),
        productTypeId: l.product_type_id,
        vatRate: Number(l.vat_rate),
        amount: Number(l.amount),
      });
    for (const p of payments.rows) {
      result.payments.push({
        range: Number(p.d),
        paymentTypeId: p.payment_type_id,
        amount: Number(p.amount),
        tip: Number(p.tip),
        count: Number(p.n),
      });
    }
  }
  return result;
}

/** Order ids per statement (SQLite's default limit is 32,766 variables). */
const KEYS_PER_STATEMENT = 500;

/**
 * The orders of [fromUtc, toUtc) with at least one payment of the given types (the few that rule 3
 * splits, e.g. those paid partly with Kreditt), in full and in closing order: one scan of the
 * (department_id, payment_type_id, closed_at, order_id) index finds them, then each is read by id.
 */
export async function loadPosOrdersPaidWith(
  db: Kysely<Database>,
  departmentId: string,
  fromUtc: string,
  toUtc: string,
  paymentTypeIds: readonly string[],
): Promise<PeriodOrder[]> {
  if (paymentTypeIds.length === 0) return [];
  const matching = await db
    .selectFrom('order_payments')
    .select('order_id')
    .where('department_id', '=', departmentId)
    .where('closed_at', '>=', fromUtc)
    .where('closed_at', '<', toUtc)
    .where('payment_type_id', 'in', [...paymentTypeIds])
    .execute();
  const keys = [...new Set(matching.map((m) => m.order_id))];
  const orders: OrderRow[] = [];
  const lines: LineRow[] = [];
  const payments: PaymentRow[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_STATEMENT) {
    const chunk = keys.slice(i, i + KEYS_PER_STATEMENT);
    const [o, l, p] = await Promise.all([
      db
        .selectFrom('orders')
        .select([
          'id as key',
          'pos_id as id',
          'closed_at as closedAt',
          'order_type as orderType',
          'customer_id as customerId',
        ])
        .where('id', 'in', chunk)
        .execute(),
      db
        .selectFrom('order_lines')
        .select([
          'order_id',
          'product_type_id as productTypeId',
          'quantity',
          'unit_price as unitPrice',
          'discount',
          'vat_rate as vatRate',
        ])
        .where('order_id', 'in', chunk)
        .orderBy('order_id')
        .orderBy('line_no')
        .execute(),
      db
        .selectFrom('order_payments')
        .select(['order_id', 'payment_type_id as paymentTypeId', 'amount', 'tip'])
        .where('order_id', 'in', chunk)
        .orderBy('order_id')
        .orderBy('line_no')
        .execute(),
    ]);
    orders.push(...o);
    lines.push(...l);
    payments.push(...p);
  }
  orders.sort((a, b) => compareText(a.closedAt, b.closedAt) || compareText(a.id, b.id));
  return assemble(orders, lines, payments);
}

/** Cash movements of [fromUtc, toUtc), in time order. */
export async function loadCashMovements(
  db: Kysely<Database>,
  departmentId: string,
  fromUtc: string,
  toUtc: string,
): Promise<PeriodCashMovement[]> {
  const rows = await db
    .selectFrom('cash_movements')
    .select(['pos_id as id', 'at', 'kind', 'amount'])
    .where('department_id', '=', departmentId)
    .where('at', '>=', fromUtc)
    .where('at', '<', toUtc)
    .orderBy('at')
    .execute();
  return rows.map((m) => ({ id: m.id, at: m.at, kind: m.kind, amount: Number(m.amount) }));
}

type OrderRow = { key: string; id: string; closedAt: string; orderType: string; customerId: string | null };
type LineRow = {
  order_id: string;
  productTypeId: string;
  quantity: number;
  unitPrice: number;
  discount: number;
  vatRate: number;
};
type PaymentRow = { order_id: string; paymentTypeId: string; amount: number; tip: number };

function assemble(
  orders: readonly OrderRow[],
  lines: readonly LineRow[],
  payments: readonly PaymentRow[],
): PeriodOrder[] {
  const byKey = new Map<string, PeriodOrder>();
  const result: PeriodOrder[] = new Array(orders.length);
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i]!;
    const order: PeriodOrder = {
      id: o.id,
      closedAt: o.closedAt,
      orderType: o.orderType,
      customerId: o.customerId,
      lines: [],
      payments: [],
    };
    byKey.set(o.key, order);
    result[i] = order;
  }
  // PostgreSQL's int8 may come back as text; the numeric columns are coerced only when they do.
  for (const l of lines) {
    const line = l as unknown as PeriodOrderLine;
    if (typeof l.unitPrice !== 'number') {
      line.unitPrice = Number(l.unitPrice);
      line.discount = Number(l.discount);
    }
    byKey.get(l.order_id)?.lines.push(line);
  }
  for (const p of payments) {
    const payment = p as unknown as PeriodPayment;
    if (typeof p.amount !== 'number') {
      payment.amount = Number(p.amount);
      payment.tip = Number(p.tip);
    }
    byKey.get(p.order_id)?.payments.push(payment);
  }
  return result;
}
