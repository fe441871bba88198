import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';

/*
 * The export's read of a whole period: one indexed range scan per table (orders, lines, payments,
 * cash movements) for the entire period, however many business days it covers. Columns are
 * aliased to the accounting package's input names, so each row IS the line or payment the voucher
 * builder reads: no second object per line.
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
  return {
    orders: result,
    cashMovements: cashMovements.map((m) => ({ id: m.id, at: m.at, kind: m.kind, amount: Number(m.amount) })),
  };
}
