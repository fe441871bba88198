import { describe, expect, it } from 'vitest';
import { sumOre } from '../money';
import { sentrumMappings, sentrumOrders } from '../testing/worked-day';
import { buildDayVoucher } from './build-voucher';
import { diffVoucherLines } from './diff';

const day = sentrumOrders.filter((o) => o.id !== 'O7');
const build = (orders: typeof day) =>
  buildDayVoucher({ businessDay: '2026-03-13', orders, mappings: sentrumMappings })?.lines ?? [];

describe('correction voucher', () => {
  it('holds only the difference after a late order, and sums to 0', () => {
    const late = {
      id: 'O9',
      closedAt: '2026-03-13T23:00:00+01:00',
      orderType: 'dine_in',
      lines: [{ productTypeId: 'alkohol', quantity: 1, unitPrice: 9800, discount: 0, vatRate: 25 }],
      payments: [{ paymentTypeId: 'kontant', amount: 10000, tip: 200 }],
    };
    const diff = diffVoucherLines(build(day), build([...day, late]));
    expect(diff.map(({ accountNo, amount, source }) => ({ accountNo, amount, source }))).toEqual([
      { accountNo: 1900, amount: 9800, source: 'payment' },
      { accountNo: 3000, amount: -9800, source: 'revenue' },
    ]);
    expect(sumOre(diff.map((l) => l.amount))).toBe(0);
  });

  it('reverses a removed order, rounding included', () => {
    const diff = diffVoucherLines(build(day), build(day.filter((o) => o.id !== 'O2')));
    expect(diff.map(({ accountNo, amount }) => [accountNo, amount])).toEqual([
      [1900, -16000],
      [3040, 15950],
      [7740, 50],
    ]);
  });

  it('is empty when nothing changed and refuses an unbalanced side', () => {
    expect(diffVoucherLines(build(day), build([...day].reverse()))).toEqual([]);
    expect(() =>
      diffVoucherLines(
        [],
        [{ accountNo: 1900, vatCode: null, amount: 1, description: 'x', source: 'payment' }],
      ),
    ).toThrow(RangeError);
  });
});
