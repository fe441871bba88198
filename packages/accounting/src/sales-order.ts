import { fnv1a64Hex } from './hash';
import { divRoundHalfAwayFromZero, formatKroner, sumOre } from './money';
import { departmentTag } from './reference';
import { lineTotal } from './voucher/order-split';
import type { OrderInput } from './voucher/types';

/**
 * Sales-order lines for a credit order (issue 8, `/SalesOrders/Complete`).
 *
 * Price convention (PowerOffice does not state it; its products carry prices excl. VAT and its
 * order lines report NetAmount beside TotalAmount, so we go with net): `unitPrice` is øre excl.
 * VAT, and PowerOffice adds VAT per line from the product's sales account. The POS discount is
 * folded into the price (Allowance is a percentage and could not hit the øre), and a line whose net
 * total does not divide by its quantity is sent as one unit with "n × …" in its text. The net of a
 * line is chosen so that net + VAT rounds back to the POS gross line total where such a net exists;
 * `checkSalesOrderTotals` says whether the whole order lands on the POS total to the øre.
 * The 'gross' convention (unit prices incl. VAT) is there in case a client is set up that way.
 */

export type SalesOrderPriceConvention = 'net' | 'gross';

export interface SalesOrderLineDraft {
  productTypeId: string;
  description: string;
  quantity: number;
  /** Øre per unit: excl. VAT ('net') or incl. VAT ('gross'). */
  unitPrice: number;
  vatRate: number;
  /** false on 15 % lines: PowerOffice then uses the product's optional (reduced-VAT) sales account. */
  useStandardSalesAccount: boolean;
  /** Unique within the order. */
  externalImportReference: string;
  netAmount: number;
  vatAmount: number;
  /** What the line comes to incl. VAT once PowerOffice has added VAT. */
  grossAmount: number;
}

/** VAT on a net amount, rounded per line, halves away from zero. */
export function vatOnNet(net: number, rate: number): number {
  return Number(divRoundHalfAwayFromZero(BigInt(net) * BigInt(rate), 100n));
}

/** The net amount whose net + VAT gives `gross` back, or the nearest one when none does. */
export function netOfGross(gross: number, rate: number): number {
  const estimate = Number(divRoundHalfAwayFromZero(BigInt(gross) * 100n, BigInt(100 + rate)));
  for (const net of [estimate, estimate - 1, estimate + 1]) {
    if (net + vatOnNet(net, rate) === gross) return net;
  }
  return estimate;
}

export function buildSalesOrderLines(order: OrderInput, convention: SalesOrderPriceConvention = 'net'): SalesOrderLineDraft[] {
  return order.lines.map((line, index) => {
    const gross = lineTotal(line);
    const net = netOfGross(gross, line.vatRate);
    const priced = convention === 'net' ? net : gross;
    const divides = line.quantity !== 0 && priced % line.quantity === 0;
    const quantity = divides ? line.quantity : line.quantity < 0 ? -1 : 1;
    const name = line.description || line.productTypeId;
    const text = divides || Math.abs(line.quantity) === 1 ? name : `${line.quantity} × ${name}`;
    const vatAmount = convention === 'net' ? vatOnNet(net, line.vatRate) : gross - net;
    return {
      productTypeId: line.productTypeId,
      description: line.discount !== 0 ? `${text} (rabatt ${formatKroner(line.discount)})` : text,
      quantity,
      unitPrice: priced / quantity,
      vatRate: line.vatRate,
      useStandardSalesAccount: line.vatRate !== 15,
      externalImportReference: `${index + 1}`,
      netAmount: net,
      vatAmount,
      grossAmount: net + vatAmount,
    };
  });
}

export interface SalesOrderTotalsCheck {
  posTotal: number;
  salesOrderTotal: number;
  /** salesOrderTotal − posTotal, øre. */
  difference: number;
  matches: boolean;
}

/** Whether the sales order comes to the POS order's total to the øre (quantity × price per line included). */
export function checkSalesOrderTotals(
  order: OrderInput,
  lines: readonly SalesOrderLineDraft[],
  convention: SalesOrderPriceConvention = 'net',
): SalesOrderTotalsCheck {
  const posTotal = sumOre(order.lines.map(lineTotal));
  const salesOrderTotal = sumOre(
    lines.map((l) => {
      const extended = l.quantity * l.unitPrice;
      return convention === 'net' ? extended + vatOnNet(extended, l.vatRate) : extended;
    }),
  );
  const difference = salesOrderTotal - posTotal;
  return { posTotal, salesOrderTotal, difference, matches: difference === 0 };
}

/** ExternalImportReference of a credit order's sales order: one per (department, POS order). */
export function salesOrderReference(departmentId: string, orderId: string): string {
  const id = /^[A-Za-z0-9_-]{1,30}$/.test(orderId) ? orderId : fnv1a64Hex(`order:${orderId}`);
  return `QO-${departmentTag(departmentId)}-SO-${id}`;
}
