import { describe, expect, it } from 'vitest';
import { checkPosOrder, checkCashMovement } from '../services/pos/validate-order';
import { generateDemoDay, generateDemoDays, type DemoRefs } from './generator';
import { formatOsloInstant, osloLocalToUtc } from './generator-time';

const refs: DemoRefs = {
  productTypes: {
    food: 'pt-mat',
    drinks: 'pt-drikke',
    alcohol: 'pt-alkohol',
    dessert: 'pt-dessert',
    giftCard: 'pt-gavekort',
  },
  paymentTypes: {
    cash: 'pay-kontant',
    card: 'pay-kort',
    mobile: 'pay-vipps',
    giftCard: 'pay-gavekort',
    credit: 'pay-kreditt',
  },
  customerIds: ['K-1001', 'K-1002'],
};
const lookups = {
  productTypeIds: new Set(Object.values(refs.productTypes)),
  paymentTypeKinds: new Map([
    ['pay-kontant', 'cash'],
    ['pay-kort', 'card'],
    ['pay-vipps', 'mobile'],
    ['pay-gavekort', 'gift_card'],
    ['pay-kreditt', 'credit'],
  ]),
  customerIds: new Set(refs.customerIds),
};
const base = { seed: 42, departmentKey: 'Sentrum', ordersPerDay: 150, refs };
// 2026: summer time starts Sunday 29 March, ends Sunday 25 October.
const year = [
  ...generateDemoDays({ ...base, from: '2026-03-16', days: 21 }),
  ...generateDemoDays({ ...base, from: '2026-10-12', days: 21 }),
];
const orders = year.flatMap((d) => d.orders);

describe('demo generator', () => {
  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    const again = generateDemoDay({ ...base, businessDay: '2026-03-20' });
    expect(again).toEqual(year.find((d) => d.businessDay === '2026-03-20'));
    expect(generateDemoDay({ ...base, seed: 43, businessDay: '2026-03-20' })).not.toEqual(again);
  });

  it('makes only orders and cash movements that pass ingest validation, with unique ids', () => {
    const failures = orders.map((o) => ({ id: o.id, r: checkPosOrder(o, lookups) })).filter((x) => !x.r.ok);
    expect(failures.slice(0, 3)).toEqual([]);
    const movements = year.flatMap((d) => d.cashMovements);
    expect(movements.every((m) => checkCashMovement(m).ok)).toBe(true);
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
  });

  it('covers the restaurant: VAT by order type, split and cash-rounded payments, tips, gift cards, credit, refunds, cash movements', () => {
    const lines = orders.flatMap((o) => o.lines.map((l) => ({ ...l, orderType: o.orderType })));
    expect(
      lines.some((l) => l.productTypeId === 'pt-mat' && l.orderType === 'dine_in' && l.vatRate === 25),
    ).toBe(true);
    expect(
      lines.some((l) => l.productTypeId === 'pt-mat' && l.orderType === 'takeaway' && l.vatRate === 15),
    ).toBe(true);
    expect(lines.filter((l) => l.productTypeId === 'pt-alkohol').every((l) => l.vatRate === 25)).toBe(true);
    expect(lines.some((l) => l.productTypeId === 'pt-gavekort' && l.vatRate === 0)).toBe(true);
    expect(lines.some((l) => l.quantity < 0)).toBe(true);
    expect(orders.some((o) => o.payments.length > 1)).toBe(true);
    expect(orders.some((o) => o.payments.some((p) => (p.tip ?? 0) > 0))).toBe(true);
    expect(orders.some((o) => o.payments.some((p) => p.paymentTypeId === 'pay-gavekort'))).toBe(true);
    expect(
      orders.some((o) => o.customerId !== null && o.payments.some((p) => p.paymentTypeId === 'pay-kreditt')),
    ).toBe(true);
    const rounded = orders.filter((o) => {
      const r = checkPosOrder(o, lookups);
      return r.ok && r.value.rounding !== 0;
    });
    expect(rounded.length).toBeGreaterThan(0);
    const kinds = new Set(year.flatMap((d) => d.cashMovements.map((m) => m.kind)));
    expect(kinds).toEqual(new Set(['float', 'deposit', 'withdrawal']));
  });

  it('has orders after midnight, and across both daylight-saving changes with the right offsets', () => {
    const night = (day: string) => year.find((d) => d.businessDay === day)!.orders.map((o) => o.closedAt);
    // Saturday 28 March: after midnight still +01:00, and after the jump +02:00 (02:xx does not exist).
    const spring = night('2026-03-28');
    expect(spring.some((t) => /^2026-03-29T0[01]:.*\+01:00$/.test(t))).toBe(true);
    expect(spring.some((t) => /^2026-03-29T03:.*\+02:00$/.test(t))).toBe(true);
    expect(spring.some((t) => t.startsWith('2026-03-29T02:'))).toBe(false);
    // Saturday 24 October: 02:xx happens twice, first in summer time, then in winter time.
    const autumn = night('2026-10-24');
    expect(autumn.some((t) => /^2026-10-25T02:.*\+02:00$/.test(t))).toBe(true);
    expect(autumn.some((t) => /^2026-10-25T02:.*\+01:00$/.test(t))).toBe(true);
  });

  it('formats instants exactly as Intl does for Europe/Oslo', () => {
    const fmt = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Oslo',
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    for (const utc of [
      osloLocalToUtc('2026-03-29', 1 * 60 + 59),
      osloLocalToUtc('2026-03-29', 3 * 60),
      Date.UTC(2026, 9, 25, 0, 30),
      Date.UTC(2026, 9, 25, 1, 30),
      Date.UTC(2026, 6, 1, 12),
      Date.UTC(2026, 11, 31, 23, 59, 59),
    ]) {
      expect(formatOsloInstant(utc).slice(0, 19).replace('T', ' ')).toBe(fmt.format(utc));
      expect(Date.parse(formatOsloInstant(utc))).toBe(Math.floor(utc / 1000) * 1000);
    }
  });
});
