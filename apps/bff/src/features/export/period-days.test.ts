import { buildDayVoucher, lineTotal, type OrderInput, type VoucherMappings } from '@qo/accounting';
import type { PeriodOrder } from '@qo/db';
import { describe, expect, it } from 'vitest';
import { dayOrders, type DayData } from './period-days';

/*
 * The export sums every order that rule 3 does not split and hands the voucher builder one summed
 * order (plus rounding-only orders); this holds it to the builder's answer for the single orders.
 */

const mappings: VoucherMappings = {
  productTypes: [
    { id: 'mat', name: 'Mat', kind: 'sales', normalAccountNo: 3010, reducedAccountNo: 3040 },
    { id: 'alk', name: 'Alkohol', kind: 'sales', normalAccountNo: 3000, reducedAccountNo: null },
    { id: 'gave', name: 'Gavekort', kind: 'gift_card', normalAccountNo: 2901, reducedAccountNo: null },
  ],
  vatCodes: [
    { rate: 25, powerOfficeVatCode: '3' },
    { rate: 15, powerOfficeVatCode: '31' },
    { rate: 0, powerOfficeVatCode: '0' },
  ],
  paymentTypes: [
    { id: 'kontant', name: 'Kontant', kind: 'cash', accountNo: 1900, transferToAccounting: true },
    { id: 'kort', name: 'Kort', kind: 'card', accountNo: 1503, transferToAccounting: true },
    { id: 'gavekort', name: 'Gavekort', kind: 'gift_card', accountNo: 2901, transferToAccounting: true },
    { id: 'kreditt', name: 'Kreditt', kind: 'credit', accountNo: 1500, transferToAccounting: false },
  ],
  roundingAccountNo: 7740,
  autoInvoice: true,
};

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Balanced orders as the ingest lets them in: cash may round by less than 1 kr, returns allowed. */
function randomOrders(rand: () => number, count: number): PeriodOrder[] {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const lines = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
      const type = pick(['mat', 'mat', 'alk', 'gave']);
      const vatRate = type === 'gave' ? 0 : type === 'mat' ? pick([25, 15]) : 25;
      return { productTypeId: type, quantity: rand() < 0.05 ? -1 : 1 + Math.floor(rand() * 3), unitPrice: 1000 + Math.floor(rand() * 30000), discount: rand() < 0.2 ? Math.floor(rand() * 500) : 0, vatRate };
    });
    const total = lines.reduce((n, l) => n + lineTotal(l), 0);
    const kind = pick(['kontant', 'kort', 'kort', 'split', 'kreditt', 'gavekort']);
    const tip = rand() < 0.3 && total > 0 ? Math.floor(rand() * 3000) : 0;
    let payments: PeriodOrder['payments'];
    if (kind === 'kontant') {
      const rounding = Math.floor(rand() * 199) - 99;
      payments = [{ paymentTypeId: 'kontant', amount: total + rounding + tip, tip }];
    } else if (kind === 'split') {
      const part = Math.floor(total * rand());
      payments = [
        { paymentTypeId: pick(['kort', 'kontant']), amount: part + tip, tip },
        { paymentTypeId: 'kreditt', amount: total - part, tip: 0 },
      ];
    } else payments = [{ paymentTypeId: kind, amount: total + tip, tip }];
    return { id: `O${i}`, closedAt: `2026-03-13T${String(5 + Math.floor(i / 60) % 19).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`, orderType: 'dine_in', customerId: null, lines, payments };
  });
}

/** What the per-day totals and the split-order read give for these orders. */
function asDayData(orders: PeriodOrder[]): DayData {
  const lines = new Map<string, { productTypeId: string; vatRate: number; amount: number }>();
  const payments = new Map<string, { paymentTypeId: string; amount: number; tip: number; count: number }>();
  for (const o of orders) {
    for (const l of o.lines) {
      const key = `${l.productTypeId}|${l.vatRate}`;
      const sum = lines.get(key) ?? lines.set(key, { productTypeId: l.productTypeId, vatRate: l.vatRate, amount: 0 }).get(key)!;
      sum.amount += lineTotal(l);
    }
    for (const p of o.payments) {
      const sum = payments.get(p.paymentTypeId) ?? payments.set(p.paymentTypeId, { paymentTypeId: p.paymentTypeId, amount: 0, tip: 0, count: 0 }).get(p.paymentTypeId)!;
      sum.amount += p.amount;
      sum.tip += p.tip;
      sum.count++;
    }
  }
  return {
    businessDay: '2026-03-13',
    fromUtc: '2026-03-13T04:00:00.000Z',
    toUtc: '2026-03-14T04:00:00.000Z',
    aggregate: { lines: [...lines.values()], payments: [...payments.values()] },
    splitOrders: orders.filter((o) => o.payments.some((p) => p.paymentTypeId === 'kreditt')),
    cashMovements: [],
  };
}

describe('a day read as sums gives the same voucher as its single orders', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`random day ${seed}`, () => {
      const orders = randomOrders(random(seed), 20 + seed * 30);
      const expected = buildDayVoucher({ businessDay: '2026-03-13', orders: orders as OrderInput[], mappings })!;
      const actual = buildDayVoucher({ businessDay: '2026-03-13', orders: dayOrders(asDayData(orders), mappings), mappings })!;
      expect(expected.problems).toEqual([]);
      expect(actual.problems).toEqual([]);
      const strip = (ls: typeof expected.lines) => ls.map((l) => [l.source, l.accountNo, l.vatCode, l.amount]);
      expect(strip(actual.lines)).toEqual(strip(expected.lines));
      expect(actual.notTransferred).toEqual(expected.notTransferred);
      expect(actual.sum).toBe(0);
    });
  }
});
