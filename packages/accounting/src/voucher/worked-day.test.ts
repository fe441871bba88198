import { describe, expect, it } from 'vitest';
import { groupByBusinessDay } from '../business-day';
import { sentrumCashMovements, sentrumMappings, sentrumOrders } from '../testing/worked-day';
import { buildDayVoucher } from './build-voucher';
import { splitOrder } from './order-split';

const days = groupByBusinessDay(sentrumOrders, (o) => o.closedAt, '05:00');
const build = (businessDay: string) =>
  buildDayVoucher({
    businessDay,
    businessDayStart: '05:00',
    orders: days.get(businessDay) ?? [],
    cashMovements: businessDay === '2026-03-13' ? sentrumCashMovements : [],
    mappings: sentrumMappings,
  });

describe('the day worked by hand in docs/voucher-rules.md', () => {
  it('puts O1–O6 and O8 on 13 March and O7 (closed 05:00:00) on 14 March', () => {
    expect(
      days
        .get('2026-03-13')
        ?.map((o) => o.id)
        .sort(),
    ).toEqual(['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O8']);
    expect(days.get('2026-03-14')?.map((o) => o.id)).toEqual(['O7']);
  });

  it('builds exactly the voucher of the table, summing to 0', () => {
    const voucher = build('2026-03-13');
    expect(voucher?.problems).toEqual([]);
    expect(
      voucher?.lines.map(({ accountNo, vatCode, amount, source }) => ({
        accountNo,
        vatCode,
        amount,
        source,
      })),
    ).toEqual([
      { accountNo: 1503, vatCode: null, amount: 77200, source: 'payment' },
      { accountNo: 1505, vatCode: null, amount: 50000, source: 'payment' },
      { accountNo: 1900, vatCode: null, amount: 16000, source: 'payment' },
      { accountNo: 2901, vatCode: null, amount: 18900, source: 'gift_card_redeemed' },
      { accountNo: 3000, vatCode: '3', amount: -32815, source: 'revenue' },
      { accountNo: 3010, vatCode: '3', amount: -63285, source: 'revenue' },
      { accountNo: 3040, vatCode: '31', amount: -15950, source: 'revenue' },
      { accountNo: 2901, vatCode: null, amount: -50000, source: 'gift_card_sold' },
      { accountNo: 7740, vatCode: null, amount: -50, source: 'rounding' },
    ]);
    expect(voucher?.lines.map((l) => l.description)).toEqual([
      'Kort',
      'Vipps',
      'Kontant',
      'Gavekort innløst',
      'Alkohol 25 %',
      'Mat 25 %',
      'Mat 15 %',
      'Gavekort solgt',
      'Øreavrunding',
    ]);
    expect(voucher?.sum).toBe(0);
  });

  it('reports what is not transferred: tips, the float and Kreditt in 2 orders', () => {
    expect(build('2026-03-13')?.notTransferred).toEqual({
      tips: 2600,
      cashMovements: [{ id: 'CM-1', at: '2026-03-13T10:00:00+01:00', kind: 'float', amount: 200000 }],
      excludedPayments: [{ paymentTypeId: 'kreditt', name: 'Kreditt', amount: 75400, orders: 2 }],
      sales: 56700 + 18700,
    });
  });

  it("splits O8's transferred 100,00 as Mat 65,85 / Alkohol 34,15", () => {
    const o8 = sentrumOrders.find((o) => o.id === 'O8');
    if (!o8) throw new Error('fixture');
    const split = splitOrder(o8, new Map(sentrumMappings.paymentTypes.map((t) => [t.id, t])));
    expect(split.revenueTransferred).toBe(10000);
    expect(split.lineShares).toEqual([6585, 3415]);
  });

  it('gives O2 a rounding of +0,50', () => {
    const o2 = sentrumOrders.find((o) => o.id === 'O2');
    if (!o2) throw new Error('fixture');
    expect(splitOrder(o2, new Map(sentrumMappings.paymentTypes.map((t) => [t.id, t]))).rounding).toBe(50);
  });

  it('builds 14 March from O7 alone', () => {
    const voucher = build('2026-03-14');
    expect(voucher?.lines.map(({ accountNo, amount }) => [accountNo, amount])).toEqual([
      [1503, 9800],
      [3000, -9800],
    ]);
    expect(voucher?.problems).toEqual([]);
  });

  it('has no voucher for a day without orders or cash movements', () => {
    expect(build('2026-03-15')).toBeNull();
  });
});
