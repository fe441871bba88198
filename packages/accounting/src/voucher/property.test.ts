import { describe, expect, it } from 'vitest';
import { sumOre } from '../money';
import { propertyMappings, randomOrders, seededRandom } from '../testing/index';
import { buildDayVoucher } from './build-voucher';
import { orderTotal, splitOrder } from './order-split';
import type { DayVoucher, VoucherLine } from './types';

const paymentTypes = new Map(propertyMappings.paymentTypes.map((t) => [t.id, t]));
const sumOf = (lines: VoucherLine[], ...sources: VoucherLine['source'][]) =>
  sumOre(lines.filter((l) => sources.includes(l.source)).map((l) => l.amount));

describe('random days (seeded)', () => {
  for (let seed = 1; seed <= 200; seed++) {
    it(`seed ${seed}: sums to 0 and accounts for every øre`, () => {
      const random = seededRandom(seed);
      const orders = randomOrders(random, 1 + Math.floor(random() * 12));
      const voucher = buildDayVoucher({
        businessDay: '2026-03-13',
        businessDayStart: '05:00',
        orders,
        mappings: propertyMappings,
      }) as DayVoucher;

      expect(voucher.sum).toBe(0);
      expect(sumOre(voucher.lines.map((l) => l.amount))).toBe(0);
      expect(voucher.problems).toEqual([]);
      expect(voucher.lines.every((l) => l.amount !== 0)).toBe(true);

      const { notTransferred: nt, lines } = voucher;
      const excluded = sumOre(nt.excludedPayments.map((p) => p.amount));
      // All payments = transferred payments + excluded payments + tips.
      const allPayments = sumOre(orders.flatMap((o) => o.payments.map((p) => p.amount)));
      expect(sumOf(lines, 'payment', 'gift_card_redeemed') + excluded + nt.tips).toBe(allPayments);
      // All sales = transferred sales + sales that went out with excluded payments.
      const allSales = sumOre(orders.map(orderTotal));
      expect(-sumOf(lines, 'revenue', 'gift_card_sold') + nt.sales).toBe(allSales);
      // All rounding = transferred rounding + the excluded payments' share of it.
      const allRounding =
        allPayments - sumOre(orders.flatMap((o) => o.payments.map((p) => p.tip))) - allSales;
      expect(-sumOf(lines, 'rounding') + (excluded - nt.sales)).toBe(allRounding);

      for (const order of orders) {
        const split = splitOrder(order, paymentTypes);
        expect(sumOre(split.lineShares)).toBe(split.revenueTransferred);
        if (split.paid !== 0) {
          // R_on is within half an øre of T × S_on / S.
          const error =
            2n *
            (BigInt(split.revenueTransferred) * BigInt(split.paid) -
              BigInt(split.total) * BigInt(split.paidTransferred));
          expect(error <= BigInt(Math.abs(split.paid)) && -error <= BigInt(Math.abs(split.paid))).toBe(true);
        }
      }

      const shuffled = [...orders].sort(() => random() - 0.5).reverse();
      expect(
        buildDayVoucher({ businessDay: '2026-03-13', orders: shuffled, mappings: propertyMappings }),
      ).toEqual(buildDayVoucher({ businessDay: '2026-03-13', orders, mappings: propertyMappings }));
    });
  }
});
