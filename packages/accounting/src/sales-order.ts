import { fnv1a64Hex } from './hash';
import { divRoundHalfAwayFromZero, formatKroner, sumOre } from './money';
import { departmentTag } from './reference';
import { lineTotal } from './voucher/order-split';
import type { OrderInput } from './voucher/types';

/**
 * Sales-order lines for a credit order (`/SalesOrders/Complete`; docs/product.md).
 *
 * Price convention (PowerOffice does not state it; its products carry prices excl. VAT and its
 * order lines report NetAmount beside TotalAmount, so we go with net): `unitPrice` is øre excl.
 * VAT, and PowerOffice adds VAT per line from the product's sales account. The POS discount is
 * folded into the price (Allowance is a percentage and could not hit the øre), and a line whose net
 * total does not divide by its quantity is sent as one unit with "n × …" in its text. Each line's
 * net is chosen so that net + VAT (rounded per line) gives the POS gross line total back, with a
 * 0,01 "Øreavrunding" line where no net does; `checkSalesOrderTotals` proves the order lands on the
 * POS total to the øre. With the 'gross' convention (unit prices incl. VAT, for a client set up that
 * way) the unit price is the POS gross price and PowerOffice splits off the VAT itself.
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

/**
 * The net amount for a gross line total, and the øre PowerOffice's per-line VAT cannot reach.
 * net + VAT(net) climbs by 1 or 2 øre per øre of net, so about one gross amount in eight has no
 * exact net; then the net just below is used and `adjustment` (±1 øre, VAT-free at any rate under
 * 50 %) goes on a line of its own.
 */
export function netOfGross(gross: number, rate: number): { net: number; adjustment: number } {
  if (gross < 0) {
    const mirrored = netOfGross(-gross, rate);
    return { net: -mirrored.net, adjustment: -mirrored.adjustment };
  }
  const estimate = Number(divRoundHalfAwayFromZero(BigInt(gross) * 100n, BigInt(100 + rate)));
  for (const net of [estimate + 1, estimate, estimate - 1, estimate - 2]) {
    const reached = net + vatOnNet(net, rate);
    if (reached <= gross && gross - reached <= 1) return { net, adjustment: gross - reached };
  }
  throw new RangeError(`no net amount for ${gross} øre at ${rate} %`);
}

export function buildSalesOrderLines(
  order: OrderInput,
  convention: SalesOrderPriceConvention = 'net',
): SalesOrderLineDraft[] {
  const drafts: Omit<SalesOrderLineDraft, 'externalImportReference'>[] = [];
  for (const line of order.lines) {
    const gross = lineTotal(line);
    const { net, adjustment } = netOfGross(gross, line.vatRate);
    const priced = convention === 'net' ? net : gross;
    const divides = line.quantity !== 0 && priced % line.quantity === 0;
    const quantity = divides ? line.quantity : line.quantity < 0 ? -1 : 1;
    const name = line.description || line.productTypeId;
    const text = divides || Math.abs(line.quantity) === 1 ? name : `${line.quantity} × ${name}`;
    const common = {
      productTypeId: line.productTypeId,
      vatRate: line.vatRate,
      useStandardSalesAccount: line.vatRate !== 15,
    };
    // Gross prices: PowerOffice splits the gross itself; the net shown is our best estimate of it.
    const vatAmount = convention === 'net' ? vatOnNet(net, line.vatRate) : gross - net - adjustment;
    drafts.push({
      ...common,
      description: line.discount !== 0 ? `${text} (rabatt ${formatKroner(line.discount)})` : text,
      quantity,
      unitPrice: priced / quantity,
      netAmount: net + (convention === 'net' ? 0 : adjustment),
      vatAmount,
      grossAmount: convention === 'net' ? net + vatAmount : gross,
    });
    if (convention === 'net' && adjustment !== 0) {
      drafts.push({
        ...common,
        description: 'Øreavrunding',
        quantity: 1,
        unitPrice: adjustment,
        netAmount: adjustment,
        vatAmount: 0,
        grossAmount: adjustment,
      });
    }
  }
  return drafts.map((draft, index) => ({ ...draft, externalImportReference: String(index + 1) }));
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
