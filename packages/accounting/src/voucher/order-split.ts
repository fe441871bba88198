import { allocateShares, assertOre, multiplyOre, prorateOre, sumOre } from '../money';
import type { OrderInput, PaymentInput, PaymentTypeMapping } from './types';

/** Rule 2 of docs/voucher-rules.md: line total = quantity × unitPrice − discount, øre incl. VAT. */
export function lineTotal(line: { quantity: number; unitPrice: number; discount: number }): number {
  return multiplyOre(line.quantity, line.unitPrice) - assertOre(line.discount, 'discount');
}

/** Σ line totals of an order (T). */
export function orderTotal(order: Pick<OrderInput, 'lines'>): number {
  return sumOre(order.lines.map(lineTotal));
}

export interface PaymentShare {
  payment: PaymentInput;
  type: PaymentTypeMapping | undefined;
  /** s = amount − tip. */
  sales: number;
  transferred: boolean;
}

export interface OrderSplit {
  order: OrderInput;
  /** T. */
  total: number;
  /** S = Σ s. */
  paid: number;
  /** S_on = Σ s of transferred payments. */
  paidTransferred: number;
  /** R_on. */
  revenueTransferred: number;
  /** The transferred part of each line, same order as `order.lines`; Σ = R_on. */
  lineShares: number[];
  payments: PaymentShare[];
  /** r = S − T. */
  rounding: number;
  hasCashPayment: boolean;
}

/**
 * Rule 3 for one order: which part of it goes into the voucher. A payment of an unknown type counts
 * as transferred (it shows up as a line without account, and blocks the day) rather than vanishing.
 */
export function splitOrder(
  order: OrderInput,
  paymentTypes: ReadonlyMap<string, PaymentTypeMapping>,
): OrderSplit {
  const totals = order.lines.map(lineTotal);
  const total = sumOre(totals);
  const payments: PaymentShare[] = order.payments.map((payment) => {
    const type = paymentTypes.get(payment.paymentTypeId);
    const sales = assertOre(payment.amount, 'payment amount') - assertOre(payment.tip, 'tip');
    return { payment, type, sales, transferred: type ? type.transferToAccounting : true };
  });
  const paid = sumOre(payments.map((p) => p.sales));
  const allTransferred = payments.every((p) => p.transferred);
  // With S = 0 the pro-rata share is undefined; such an order is left out whole rather than guessed.
  if (!allTransferred && paid === 0) for (const p of payments) p.transferred = false;
  const paidTransferred = sumOre(payments.filter((p) => p.transferred).map((p) => p.sales));

  let revenueTransferred: number;
  let lineShares: number[];
  if (allTransferred) {
    revenueTransferred = total;
    lineShares = totals;
  } else if (paid === 0 || paidTransferred === 0) {
    revenueTransferred = 0;
    lineShares = totals.map(() => 0);
  } else {
    revenueTransferred = prorateOre(total, paidTransferred, paid);
    lineShares =
      total !== 0
        ? allocateShares(
            revenueTransferred,
            totals.map((t) => BigInt(revenueTransferred) * BigInt(t)),
            BigInt(total),
          )
        : // Lines that cancel out (a sale and its return): each keeps its S_on / S share.
          allocateShares(
            0,
            totals.map((t) => BigInt(t) * BigInt(paidTransferred)),
            BigInt(paid),
          );
  }
  return {
    order,
    total,
    paid,
    paidTransferred,
    revenueTransferred,
    lineShares,
    payments,
    rounding: paid - total,
    hasCashPayment: payments.some((p) => p.type?.kind === 'cash'),
  };
}

/** Rule 2: rounding only on an order with a cash payment, and less than 1 kr. */
export function isRoundingAllowed(split: Pick<OrderSplit, 'rounding' | 'hasCashPayment'>): boolean {
  return split.rounding === 0 || (split.hasCashPayment && Math.abs(split.rounding) < 100);
}
