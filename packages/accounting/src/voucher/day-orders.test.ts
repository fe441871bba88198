import { describe, expect, it } from 'vitest';
import { propertyMappings, randomOrders, seededRandom } from '../testing/index';
import { buildDayVoucher } from './build-voucher';
import { dayOrders, type DaySums } from './day-orders';
import { lineTotal } from './order-split';
import type { OrderInput } from './types';

/*
 * The export sums every order that rule 3 of docs/voucher-rules.md does not split and hands the
 * voucher builder one summed order (plus rounding-only orders); this holds it to the builder's
 * answer for the single orders.
 */

const mappings = propertyMappings;
const notTransferred = new Set(mappings.paymentTypes.filter((p) => !p.transferToAccounting).map((p) => p.id));

/** What the per-day totals and the split-order read give for these orders. */
function asDaySums(orders: readonly OrderInput[]): DaySums {
  const lines = new Map<string, { productTypeId: string; vatRate: number; amount: number }>();
  const payments = new Map<string, { paymentTypeId: string; amount: number; tip: number; count: number }>();
  for (const o of orders) {
    for (const l of o.lines) {
      const key = `${l.productTypeId}|${l.vatRate}`;
      const sum =
        lines.get(key) ??
        lines.set(key, { productTypeId: l.productTypeId, vatRate: l.vatRate, amount: 0 }).get(key)!;
      sum.amount += lineTotal(l);
    }
    for (const p of o.payments) {
      const sum =
        payments.get(p.paymentTypeId) ??
        payments
          .set(p.paymentTypeId, { paymentTypeId: p.paymentTypeId, amount: 0, tip: 0, count: 0 })
          .get(p.paymentTypeId)!;
      sum.amount += p.amount;
      sum.tip += p.tip;
      sum.count++;
    }
  }
  return {
    businessDay: '2026-03-13',
    fromUtc: '2026-03-13T04:00:00.000Z',
    aggregate: { lines: [...lines.values()], payments: [...payments.values()] },
    splitOrders: orders
      .filter((o) => o.payments.some((p) => notTransferred.has(p.paymentTypeId)))
      .map((o) => ({ ...o, lines: [...o.lines], payments: [...o.payments] })),
  };
}

describe('a day read as sums gives the same voucher as its single orders', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`random day ${seed}`, () => {
      const orders = randomOrders(seededRandom(seed), 20 + seed * 30);
      const expected = buildDayVoucher({ businessDay: '2026-03-13', orders, mappings })!;
      const actual = buildDayVoucher({
        businessDay: '2026-03-13',
        orders: dayOrders(asDaySums(orders), mappings),
        mappings,
      })!;
      expect(expected.problems).toEqual([]);
      expect(actual.problems).toEqual([]);
      const strip = (ls: typeof expected.lines) =>
        ls.map((l) => [l.source, l.accountNo, l.vatCode, l.amount]);
      expect(strip(actual.lines)).toEqual(strip(expected.lines));
      expect(actual.notTransferred).toEqual(expected.notTransferred);
      expect(actual.sum).toBe(0);
    });
  }
});
