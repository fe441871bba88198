import type { Kysely } from 'kysely';
import type { CashMovementKindColumn, Database, OrderTypeColumn } from '../schema/index';

/*
 * What the export reads back. Ranges are half-open [fromUtc, toUtc) in ISO-8601 UTC text (the
 * caller turns a business day into its window), each served by a (department_id, closed_at) index.
 */

/** The ids and payment kinds an order may refer to in one company: checked on every ingest. */
export async function loadPosReferences(
  db: Kysely<Database>,
  companyId: string,
): Promise<{ productTypeIds: Set<string>; paymentTypeKinds: Map<string, string> }> {
  const [productTypes, paymentTypes] = await Promise.all([
    db.selectFrom('product_types').select('id').where('company_id', '=', companyId).execute(),
    db.selectFrom('payment_types').select(['id', 'kind']).where('company_id', '=', companyId).execute(),
  ]);
  return {
    productTypeIds: new Set(productTypes.map((p) => p.id)),
    paymentTypeKinds: new Map(paymentTypes.map((p) => [p.id, p.kind])),
  };
}

export interface PosRangeTotals {
  orders: number;
  /** Σ line totals (T). */
  total: number;
  /** Σ cash rounding (r). */
  rounding: number;
  tips: number;
  /** Per (product type, VAT rate): Σ line totals, gross. */
  sales: { productTypeId: string; vatRate: number; amount: number }[];
  /** Per payment type: Σ(amount − tip), Σ tip, and how many payments. */
  payments: { paymentTypeId: string; amount: number; tips: number; count: number }[];
  cashMovements: { kind: CashMovementKindColumn; amount: number; count: number }[];
}

/** Totals of the orders closed in [fromUtc, toUtc): four grouped range scans, no joins. */
export async function sumPosRange(
  db: Kysely<Database>,
  departmentId: string,
  fromUtc: string,
  toUtc: string,
): Promise<PosRangeTotals> {
  const [orders, sales, payments, cash] = await Promise.all([
    db
      .selectFrom('orders')
      .select((eb) => [
        eb.fn.countAll<number>().as('orders'),
        eb.fn.coalesce(eb.fn.sum<number>('total'), eb.lit(0)).as('total'),
        eb.fn.coalesce(eb.fn.sum<number>('rounding'), eb.lit(0)).as('rounding'),
        eb.fn.coalesce(eb.fn.sum<number>('tips'), eb.lit(0)).as('tips'),
      ])
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('order_lines')
      .select((eb) => ['product_type_id', 'vat_rate', eb.fn.sum<number>('total').as('amount')])
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .groupBy(['product_type_id', 'vat_rate'])
      .orderBy('product_type_id')
      .orderBy('vat_rate', 'desc')
      .execute(),
    db
      .selectFrom('order_payments')
      .select((eb) => [
        'payment_type_id',
        eb(eb.fn.sum<number>('amount'), '-', eb.fn.sum<number>('tip')).as('amount'),
        eb.fn.sum<number>('tip').as('tips'),
        eb.fn.countAll<number>().as('count'),
      ])
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .groupBy('payment_type_id')
      .orderBy('payment_type_id')
      .execute(),
    db
      .selectFrom('cash_movements')
      .select((eb) => ['kind', eb.fn.sum<number>('amount').as('amount'), eb.fn.countAll<number>().as('count')])
      .where('department_id', '=', departmentId)
      .where('at', '>=', fromUtc)
      .where('at', '<', toUtc)
      .groupBy('kind')
      .orderBy('kind')
      .execute(),
  ]);
  // PostgreSQL returns sum(bigint) as numeric (text); Number() is exact for øre sums below 2^53.
  return {
    orders: Number(orders.orders),
    total: Number(orders.total),
    rounding: Number(orders.rounding),
    tips: Number(orders.tips),
    sales: sales.map((s) => ({ productTypeId: s.product_type_id, vatRate: Number(s.vat_rate), amount: Number(s.amount) })),
    payments: payments.map((p) => ({
      paymentTypeId: p.payment_type_id,
      amount: Number(p.amount),
      tips: Number(p.tips),
      count: Number(p.count),
    })),
    cashMovements: cash.map((c) => ({ kind: c.kind, amount: Number(c.amount), count: Number(c.count) })),
  };
}

export interface StoredPosOrder {
  id: string;
  posId: string;
  closedAt: string;
  orderType: OrderTypeColumn;
  customerId: string | null;
  total: number;
  rounding: number;
  tips: number;
  createdAt: string;
  lines: { productTypeId: string; description: string; quantity: number; unitPrice: number; discount: number; vatRate: number; total: number }[];
  payments: { paymentTypeId: string; amount: number; tip: number }[];
}

/** The orders closed in [fromUtc, toUtc) with their lines and payments, in closing order. */
export async function listPosOrdersInRange(
  db: Kysely<Database>,
  departmentId: string,
  fromUtc: string,
  toUtc: string,
): Promise<StoredPosOrder[]> {
  const [orders, lines, payments] = await Promise.all([
    db
      .selectFrom('orders')
      .selectAll()
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .orderBy('closed_at')
      .orderBy('pos_id')
      .execute(),
    db
      .selectFrom('order_lines')
      .selectAll()
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .orderBy('order_id')
      .orderBy('line_no')
      .execute(),
    db
      .selectFrom('order_payments')
      .selectAll()
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .orderBy('order_id')
      .orderBy('line_no')
      .execute(),
  ]);
  const byId = new Map<string, StoredPosOrder>();
  const result = orders.map((o) => {
    const order: StoredPosOrder = {
      id: o.id,
      posId: o.pos_id,
      closedAt: o.closed_at,
      orderType: o.order_type,
      customerId: o.customer_id,
      total: o.total,
      rounding: o.rounding,
      tips: o.tips,
      createdAt: o.created_at,
      lines: [],
      payments: [],
    };
    byId.set(o.id, order);
    return order;
  });
  for (const l of lines) {
    byId.get(l.order_id)?.lines.push({
      productTypeId: l.product_type_id,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      discount: l.discount,
      vatRate: l.vat_rate,
      total: l.total,
    });
  }
  for (const p of payments) {
    byId.get(p.order_id)?.payments.push({ paymentTypeId: p.payment_type_id, amount: p.amount, tip: p.tip });
  }
  return result;
}

/** The latest time an order of the range was stored: a transferred day "changed" when this is newer. */
export async function lastPosOrderStoredAt(
  db: Kysely<Database>,
  departmentId: string,
  fromUtc: string,
  toUtc: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.max('created_at').as('last'))
    .where('department_id', '=', departmentId)
    .where('closed_at', '>=', fromUtc)
    .where('closed_at', '<', toUtc)
    .executeTakeFirst();
  return row?.last ?? null;
}
