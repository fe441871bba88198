import { lineTotal } from './order-split';
import type { OrderInput, VoucherMappings } from './types';

/**
 * A business day as the export reads it: the day's totals per (product type, VAT rate) and per
 * payment type, and in full only the orders that rule 3 of docs/voucher-rules.md splits (paid
 * partly or wholly with a payment type that is not transferred). Every other order contributes its
 * full lines, payments and rounding (rule 3: an order paid wholly with transferred types goes in
 * whole), so its totals are all the voucher needs of it.
 */
export interface DaySums {
  businessDay: string;
  /** The instant the business day starts (ISO-8601 UTC): the summed orders are closed then. */
  fromUtc: string;
  aggregate: {
    /** Σ line totals per (product type, VAT rate), gross øre. */
    lines: readonly { productTypeId: string; vatRate: number; amount: number }[];
    /** Per payment type: Σ amount (tips included) and Σ tip. */
    payments: readonly { paymentTypeId: string; amount: number; tip: number }[];
  };
  /** The orders rule 3 splits, in full; their lines and payments are in the sums too. */
  splitOrders: readonly Pick<OrderInput, 'id' | 'closedAt' | 'lines' | 'payments'>[];
}

/** Largest rounding one order may carry (rule 2: less than 1 kr). */
const MAX_ORDER_ROUNDING = 99;

/**
 * The day as voucher-builder input. The orders that are not split are summed into one order with
 * the day's lines and payments; their cash rounding (Σ s − Σ T) is moved off the cash payment onto
 * rounding-only orders of at most 0,99 each, so every order the builder checks is balanced as the
 * ingest made sure the real ones were. The voucher comes out the same as from the single orders:
 * revenue and payment lines are sums, the rounding line is Σ r.
 */
export function dayOrders(day: DaySums, mappings: VoucherMappings): OrderInput[] {
  const lines = new Map<string, { productTypeId: string; vatRate: number; amount: number }>();
  for (const l of day.aggregate.lines) lines.set(`${l.productTypeId}|${l.vatRate}`, { ...l });
  const payments = new Map<string, { paymentTypeId: string; amount: number; tip: number }>();
  for (const p of day.aggregate.payments) {
    payments.set(p.paymentTypeId, { paymentTypeId: p.paymentTypeId, amount: p.amount, tip: p.tip });
  }
  for (const order of day.splitOrders) {
    for (const l of order.lines) {
      const sum = lines.get(`${l.productTypeId}|${l.vatRate}`);
      if (sum) sum.amount -= lineTotal(l);
    }
    for (const p of order.payments) {
      const sum = payments.get(p.paymentTypeId);
      if (sum) {
        sum.amount -= p.amount;
        sum.tip -= p.tip;
      }
    }
  }
  const orderLines = [...lines.values()]
    .filter((l) => l.amount !== 0)
    .map((l) => ({
      productTypeId: l.productTypeId,
      quantity: 1,
      unitPrice: l.amount,
      discount: 0,
      vatRate: l.vatRate,
    }));
  const orderPayments = [...payments.values()].filter((p) => p.amount !== 0 || p.tip !== 0);
  // The voucher does not read the order type (as for the summed order below).
  const orders: OrderInput[] = day.splitOrders.map((o) => ({
    id: o.id,
    closedAt: o.closedAt,
    orderType: 'dine_in',
    lines: o.lines,
    payments: o.payments,
  }));
  if (orderLines.length === 0 && orderPayments.length === 0) return orders;

  let rounding = 0;
  for (const p of orderPayments) rounding += p.amount - p.tip;
  for (const l of orderLines) rounding -= l.unitPrice;
  const cashTypes = new Set(mappings.paymentTypes.filter((p) => p.kind === 'cash').map((p) => p.id));
  const cash = orderPayments.find((p) => cashTypes.has(p.paymentTypeId));
  const roundingOrders: OrderInput[] = [];
  if (rounding !== 0 && cash) {
    cash.amount -= rounding;
    const sign = Math.sign(rounding);
    for (let rest = Math.abs(rounding), i = 0; rest > 0; i++) {
      const chunk = Math.min(rest, MAX_ORDER_ROUNDING);
      rest -= chunk;
      roundingOrders.push({
        id: `${day.businessDay}/rounding-${i + 1}`,
        closedAt: day.fromUtc,
        orderType: 'dine_in',
        lines: [],
        payments: [{ paymentTypeId: cash.paymentTypeId, amount: sign * chunk, tip: 0 }],
      });
    }
  }
  orders.push(
    {
      id: `${day.businessDay}/sum`,
      closedAt: day.fromUtc,
      orderType: 'dine_in',
      lines: orderLines,
      payments: orderPayments,
    },
    ...roundingOrders,
  );
  return orders;
}
