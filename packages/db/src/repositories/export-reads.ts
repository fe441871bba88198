import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/index';

/*
 * The export's reads. A period is read as per-day aggregates (the same covering-index range scans
 * as a bare SQL sum) plus, in full, only the orders that need rule 3's pro-rata split (those with a
 * payment type that is not transferred). Columns are aliased to the accounting package's input
 * names, so each row IS the line or payment the voucher builder reads: no second object per line.
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

export interface PeriodPosData {
  /** In closing order. */
  orders: PeriodOrder[];
  /** In time order. */
  cashMovements: PeriodCashMovement[];
}

/** Orders (with lines and payments) and cash movements of a department in [fromUtc, toUtc). */
export async function loadPosPeriod(db: Kysely<Database>, departmentId: string, fromUtc: string, toUtc: string): Promise<PeriodPosData> {
  const [orders, lines, payments, cashMovements] = await Promise.all([
    db
      .selectFrom('orders')
      .select(['id as key', 'pos_id as id', 'closed_at as closedAt', 'order_type as orderType', 'customer_id as customerId'])
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .orderBy('closed_at')
      .orderBy('pos_id')
      .execute(),
    db
      .selectFrom('order_lines')
      .select(['order_id', 'product_type_id as productTypeId', 'quantity', 'unit_price as unitPrice', 'discount', 'vat_rate as vatRate'])
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .orderBy('order_id')
      .orderBy('line_no')
      .execute(),
    db
      .selectFrom('order_payments')
      .select(['order_id', 'payment_type_id as paymentTypeId', 'amount', 'tip'])
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .orderBy('order_id')
      .orderBy('line_no')
      .execute(),
    db
      .selectFrom('cash_movements')
      .select(['pos_id as id', 'at', 'kind', 'amount'])
      .where('department_id', '=', departmentId)
      .where('at', '>=', fromUtc)
      .where('at', '<', toUtc)
      .orderBy('at')
      .execute(),
  ]);

  const result = assemble(orders, lines, payments);
  return {
    orders: result,
    cashMovements: cashMovements.map((m) => ({ id: m.id, at: m.at, kind: m.kind, amount: Number(m.amount) })),
  };
}

export interface DayAggregate {
  /** Σ line totals per (product type, VAT rate), gross øre. */
  lines: { productTypeId: string; vatRate: number; amount: number }[];
  /** Per payment type: Σ amount (tips included), Σ tip and how many payments. */
  payments: { paymentTypeId: string; amount: number; tip: number; count: number }[];
}

/**
 * Days per statement: a compound SELECT per chunk keeps the statements few (round trips, for a
 * server database). Small chunks: on SQLite a compound of 32 days ran about 20 % slower than the
 * same days one statement each, four per statement as fast.
 */
const DAYS_PER_STATEMENT = 4;

/**
 * Per window (business day): the totals per (product type, VAT rate) and per payment type. The
 * same grouped scans of the covering (department_id, closed_at, …) indexes as a bare SQL sum per
 * day, no table rows read, sent as one UNION ALL statement per chunk of days instead of two
 * statements per day.
 */
export async function aggregatePosDays(
  db: Kysely<Database>,
  departmentId: string,
  windows: readonly { fromUtc: string; toUtc: string }[],
): Promise<DayAggregate[]> {
  const result: DayAggregate[] = windows.map(() => ({ lines: [], payments: [] }));
  for (let start = 0; start < windows.length; start += DAYS_PER_STATEMENT) {
    const chunk = windows.slice(start, start + DAYS_PER_STATEMENT);
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
      sql<{ d: number; product_type_id: string; vat_rate: number; amount: number | string }>`${sql.join(lineSelects, sql` union all `)}`.execute(db),
      sql<{ d: number; payment_type_id: string; amount: number | string; tip: number | string; n: number | string }>`${sql.join(paymentSelects, sql` union all `)}`.execute(db),
    ]);
    // PostgreSQL answers sum(bigint) as numeric text: Number() is exact for øre sums below 2^53.
    for (const l of lines.rows) result[Number(l.d)]!.lines.push({ productTypeId: l.product_type_id, vatRate: Number(l.vat_rate), amount: Number(l.amount) });
    for (const p of payments.rows) {
      result[Number(p.d)]!.payments.push({ paymentTypeId: p.payment_type_id, amount: Number(p.amount), tip: Number(p.tip), count: Number(p.n) });
    }
  }
  return result;
}

/** An order rule 3 splits, as the voucher reads it. */
export interface SplitOrder {
  /** The POS's order id when it was read, else the stored row's key (see `loadPosOrderIds`). */
  id: string;
  /** The stored row's key. */
  key: string;
  posIdRead: boolean;
  closedAt: string;
  /** In line order; each line's total as its unit price (quantity 1, no discount): all rule 3 needs. */
  lines: PeriodOrderLine[];
  payments: PeriodPayment[];
}

/** Instants per statement in the reads of the split orders (SQLite's default limit is 32,766 variables). */
const INSTANTS_PER_STATEMENT = 500;

/**
 * The orders of [fromUtc, toUtc) with at least one payment of the given types (the few that rule 3
 * splits), in closing order. Their lines and payments are found by closing instant in the same
 * covering (department_id, closed_at, …) indexes the per-day sums read, not by order id (each
 * look-up by id also reads the table's row): an order closed at an instant no other order of the
 * department shares owns every line and payment at that instant, in row order = line order (the
 * ingest inserts an order's lines and payments in line order). Orders that share their instant
 * with another are read by id. The POS order id is not read here: see `loadPosOrderIds`.
 */
export async function loadPosOrdersPaidWith(
  db: Kysely<Database>,
  departmentId: string,
  fromUtc: string,
  toUtc: string,
  paymentTypeIds: readonly string[],
): Promise<SplitOrder[]> {
  if (paymentTypeIds.length === 0) return [];
  // One scan of the (department_id, payment_type_id, closed_at, order_id) index.
  const matching = await db
    .selectFrom('order_payments')
    .select(['order_id', 'closed_at'])
    .where('department_id', '=', departmentId)
    .where('closed_at', '>=', fromUtc)
    .where('closed_at', '<', toUtc)
    .where('payment_type_id', 'in', [...paymentTypeIds])
    .execute();
  const byKey = new Map<string, SplitOrder>();
  for (const m of matching) {
    if (!byKey.has(m.order_id)) byKey.set(m.order_id, { id: m.order_id, key: m.order_id, posIdRead: false, closedAt: m.closed_at, lines: [], payments: [] });
  }
  const byInstant = new Map<string, SplitOrder | null>();
  for (const order of byKey.values()) byInstant.set(order.closedAt, byInstant.has(order.closedAt) ? null : order);
  const instants = [...byInstant.keys()];
  const shared = new Set<string>();
  for (let i = 0; i < instants.length; i += INSTANTS_PER_STATEMENT) {
    const chunk = instants.slice(i, i + INSTANTS_PER_STATEMENT);
    const [counts, lines, payments] = await Promise.all([
      db
        .selectFrom('orders')
        .select('closed_at')
        .where('department_id', '=', departmentId)
        .where('closed_at', 'in', chunk)
        .groupBy('closed_at')
        .having(sql`count(*)`, '>', 1)
        .execute(),
      db
        .selectFrom('order_lines')
        .select(['closed_at', 'product_type_id as productTypeId', 'vat_rate as vatRate', 'total'])
        .where('department_id', '=', departmentId)
        .where('closed_at', 'in', chunk)
        .orderBy('closed_at')
        .orderBy(sql`rowid`)
        .execute(),
      db
        .selectFrom('order_payments')
        .select(['closed_at', 'payment_type_id as paymentTypeId', 'amount', 'tip'])
        .where('department_id', '=', departmentId)
        .where('closed_at', 'in', chunk)
        .orderBy('closed_at')
        .orderBy(sql`rowid`)
        .execute(),
    ]);
    for (const c of counts) shared.add(c.closed_at);
    // PostgreSQL's int8 may come back as text: Number() is exact for øre below 2^53.
    for (const l of lines) {
      byInstant.get(l.closed_at)?.lines.push({ productTypeId: l.productTypeId, quantity: 1, unitPrice: Number(l.total), discount: 0, vatRate: l.vatRate });
    }
    for (const p of payments) byInstant.get(p.closed_at)?.payments.push({ paymentTypeId: p.paymentTypeId, amount: Number(p.amount), tip: Number(p.tip) });
  }
  const byId = [...byKey.values()].filter((o) => byInstant.get(o.closedAt) === null || shared.has(o.closedAt));
  if (byId.length > 0) {
    const read = await loadPosOrdersByKey(db, byId.map((o) => o.key));
    for (const o of read) byKey.set(o.key, o);
  }
  return [...byKey.values()].sort((a, b) => (a.closedAt < b.closedAt ? -1 : a.closedAt > b.closedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The POS order ids of stored orders, by key (for the few split orders whose id a voucher shows). */
export async function loadPosOrderIds(db: Kysely<Database>, keys: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < keys.length; i += INSTANTS_PER_STATEMENT) {
    const rows = await db
      .selectFrom('orders')
      .select(['id', 'pos_id'])
      .where('id', 'in', keys.slice(i, i + INSTANTS_PER_STATEMENT))
      .execute();
    for (const r of rows) ids.set(r.id, r.pos_id);
  }
  return ids;
}

/** Stored orders in full by key, with their POS ids. */
async function loadPosOrdersByKey(db: Kysely<Database>, keys: readonly string[]): Promise<SplitOrder[]> {
  const orders: OrderRow[] = [];
  const lines: LineRow[] = [];
  const payments: PaymentRow[] = [];
  for (let i = 0; i < keys.length; i += INSTANTS_PER_STATEMENT) {
    const chunk = keys.slice(i, i + INSTANTS_PER_STATEMENT);
    const [o, l, p] = await Promise.all([
      db
        .selectFrom('orders')
        .select(['id as key', 'pos_id as id', 'closed_at as closedAt', 'order_type as orderType', 'customer_id as customerId'])
        .where('id', 'in', chunk)
        .execute(),
      db
        .selectFrom('order_lines')
        .select(['order_id', 'product_type_id as productTypeId', 'quantity', 'unit_price as unitPrice', 'discount', 'vat_rate as vatRate'])
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
  const assembled = assemble(orders, lines, payments);
  return assembled.map((order, i) => ({ id: order.id, key: orders[i]!.key, posIdRead: true, closedAt: order.closedAt, lines: order.lines, payments: order.payments }));
}

/** Cash movements of [fromUtc, toUtc), in time order. */
export async function loadCashMovements(db: Kysely<Database>, departmentId: string, fromUtc: string, toUtc: string): Promise<PeriodCashMovement[]> {
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
type LineRow = { order_id: string; productTypeId: string; quantity: number; unitPrice: number; discount: number; vatRate: number };
type PaymentRow = { order_id: string; paymentTypeId: string; amount: number; tip: number };

function assemble(orders: readonly OrderRow[], lines: readonly LineRow[], payments: readonly PaymentRow[]): PeriodOrder[] {
  const byKey = new Map<string, PeriodOrder>();
  const result: PeriodOrder[] = new Array(orders.length);
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i]!;
    const order: PeriodOrder = { id: o.id, closedAt: o.closedAt, orderType: o.orderType, customerId: o.customerId, lines: [], payments: [] };
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
