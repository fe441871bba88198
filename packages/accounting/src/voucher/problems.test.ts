import { describe, expect, it } from 'vitest';
import { sentrumMappings } from '../testing/worked-day';
import { buildDayVoucher, isPostable } from './build-voucher';
import type { DayVoucherInput, OrderInput, VoucherMappings } from './types';

const DAY = '2026-03-13';
const sale = (overrides: Partial<OrderInput> = {}): OrderInput => ({
  id: 'A1',
  closedAt: '2026-03-13T18:00:00+01:00',
  orderType: 'dine_in',
  lines: [{ productTypeId: 'mat', quantity: 1, unitPrice: 18900, discount: 0, vatRate: 25 }],
  payments: [{ paymentTypeId: 'kort', amount: 18900, tip: 0 }],
  ...overrides,
});
const withMappings = (change: (m: VoucherMappings) => VoucherMappings) =>
  change(structuredClone(sentrumMappings));
const build = (orders: OrderInput[], extra: Partial<DayVoucherInput> = {}) => {
  const voucher = buildDayVoucher({ businessDay: DAY, orders, mappings: sentrumMappings, ...extra });
  if (!voucher) throw new Error('expected a voucher');
  return voucher;
};
const codes = (v: ReturnType<typeof build>) => v.problems.map((p) => p.code);

describe('problems that block a day', () => {
  it('missing revenue account: a line without account, linked to the product types page', () => {
    const mappings = withMappings((m) => ({
      ...m,
      productTypes: m.productTypes.map((t) => (t.id === 'mat' ? { ...t, reducedAccountNo: null } : t)),
    }));
    const v = build(
      [
        sale({
          lines: [{ productTypeId: 'mat', quantity: 1, unitPrice: 16900, discount: 0, vatRate: 15 }],
          payments: [{ paymentTypeId: 'kort', amount: 16900, tip: 0 }],
        }),
      ],
      { mappings },
    );
    const line = v.lines.find((l) => l.source === 'revenue');
    expect(line).toMatchObject({ accountNo: null, vatCode: '31', amount: -16900, productTypeId: 'mat' });
    expect(v.problems).toEqual([
      {
        code: 'missing_account',
        message: 'Produkttypen «Mat» mangler inntektskonto for 15 % mva.',
        fix: { kind: 'product-type', id: 'mat' },
        ref: 'mat',
        lineIndex: v.lines.indexOf(line!),
      },
    ]);
    expect(v.sum).toBe(0);
  });

  it('missing payment account links to the payment types page', () => {
    const mappings = withMappings((m) => ({
      ...m,
      paymentTypes: m.paymentTypes.map((t) => (t.id === 'kort' ? { ...t, accountNo: null } : t)),
    }));
    expect(build([sale()], { mappings }).problems).toMatchObject([
      { code: 'missing_account', fix: { kind: 'payment-type', id: 'kort' }, ref: 'kort', lineIndex: 0 },
    ]);
  });

  it('a VAT rate without VAT code', () => {
    const v = build([
      sale({ lines: [{ productTypeId: 'mat', quantity: 1, unitPrice: 18900, discount: 0, vatRate: 12 }] }),
    ]);
    expect(v.lines[1]).toMatchObject({ accountNo: 3010, vatCode: null, amount: -18900 });
    expect(v.problems).toMatchObject([
      { code: 'missing_vat_code', fix: { kind: 'vat-code', id: '12' }, ref: '12', lineIndex: 1 },
    ]);
  });

  it('unknown product and payment types', () => {
    const v = build([
      sale({
        lines: [{ productTypeId: 'ghost', quantity: 1, unitPrice: 100, discount: 0, vatRate: 25 }],
        payments: [{ paymentTypeId: 'nope', amount: 100, tip: 0 }],
      }),
    ]);
    expect(codes(v).sort()).toEqual(['unknown_payment_type', 'unknown_product_type']);
    expect(v.sum).toBe(0);
  });

  it('rounding with no rounding account', () => {
    const mappings = withMappings((m) => ({ ...m, roundingAccountNo: null }));
    const v = build([sale({ payments: [{ paymentTypeId: 'kontant', amount: 18950, tip: 0 }] })], {
      mappings,
    });
    expect(v.lines.at(-1)).toMatchObject({ source: 'rounding', accountNo: null, amount: -50 });
    expect(v.problems).toMatchObject([
      { code: 'missing_rounding_account', fix: { kind: 'rounding-account' } },
    ]);
  });

  it('rounding on an order without a cash payment, or of 1 kr or more', () => {
    expect(codes(build([sale({ payments: [{ paymentTypeId: 'kort', amount: 18950, tip: 0 }] })]))).toEqual([
      'unbalanced_order',
    ]);
    expect(codes(build([sale({ payments: [{ paymentTypeId: 'kontant', amount: 19000, tip: 0 }] })]))).toEqual(
      ['unbalanced_order'],
    );
    expect(codes(build([sale({ payments: [{ paymentTypeId: 'kontant', amount: 18801, tip: 0 }] })]))).toEqual(
      [],
    );
  });

  it('Kreditt transferred while automatic invoicing is on', () => {
    const mappings = withMappings((m) => ({
      ...m,
      paymentTypes: m.paymentTypes.map((t) =>
        t.id === 'kreditt' ? { ...t, transferToAccounting: true } : t,
      ),
    }));
    const order = sale({ payments: [{ paymentTypeId: 'kreditt', amount: 18900, tip: 0 }] });
    expect(build([order], { mappings }).problems).toMatchObject([
      {
        code: 'credit_transferred_while_invoicing',
        fix: { kind: 'payment-type', id: 'kreditt' },
        ref: 'kreditt',
      },
    ]);
    expect(codes(build([order], { mappings: { ...mappings, autoInvoice: false } }))).toEqual([]);
  });

  it('accounts missing, inactive or with a locked VAT code in PowerOffice; VAT codes missing or inactive', () => {
    const v = build(
      [
        sale({
          lines: [
            { productTypeId: 'mat', quantity: 1, unitPrice: 18900, discount: 0, vatRate: 25 },
            { productTypeId: 'mat', quantity: 1, unitPrice: 16900, discount: 0, vatRate: 15 },
            { productTypeId: 'alkohol', quantity: 1, unitPrice: 9800, discount: 0, vatRate: 25 },
          ],
          payments: [{ paymentTypeId: 'kort', amount: 45600, tip: 0 }],
        }),
      ],
      {
        powerOffice: {
          accounts: [
            { accountNo: 1503, name: 'Kortterminal', isActive: true, vatCode: '0', isVatCodeLocked: true },
            { accountNo: 3000, name: 'Salg alkohol', isActive: false },
            { accountNo: 3010, name: 'Salg mat', isActive: true, vatCode: '31', isVatCodeLocked: true },
          ],
          vatCodes: [
            { code: '3', isActive: true },
            { code: '31', isActive: false },
          ],
        },
      },
    );
    expect(v.lines.map((l) => [l.accountNo, l.accountName])).toEqual([
      [1503, 'Kortterminal'],
      [3000, 'Salg alkohol'],
      [3010, 'Salg mat'],
      [3040, undefined],
    ]);
    expect(v.problems.map(({ code, ref, lineIndex }) => ({ code, ref, lineIndex }))).toEqual([
      { code: 'account_inactive', ref: '3000', lineIndex: 1 },
      { code: 'vat_code_not_allowed', ref: '3010', lineIndex: 2 },
      { code: 'account_not_found', ref: '3040', lineIndex: 3 },
      { code: 'vat_code_inactive', ref: '31', lineIndex: 3 },
    ]);
    const missingCode = build([sale()], { powerOffice: { vatCodes: [] } });
    expect(codes(missingCode)).toEqual(['vat_code_not_found']);
  });

  it('a voucher date on or before the lock date', () => {
    expect(build([sale()], { powerOffice: { lockDate: '2026-03-13' } }).problems).toMatchObject([
      { code: 'locked_period', fix: { kind: 'connection' } },
    ]);
    expect(codes(build([sale()], { powerOffice: { lockDate: '2026-03-12' } }))).toEqual([]);
  });

  it('an order closed outside the business day', () => {
    const v = build([sale({ closedAt: '2026-03-14T05:00:00+01:00' })], { businessDayStart: '05:00' });
    expect(v.problems).toMatchObject([{ code: 'order_outside_day', ref: 'A1', fix: null }]);
  });
});

describe('other shapes of a day', () => {
  it('an all-excluded day has no lines but still reports the excluded payments', () => {
    const v = build([sale({ payments: [{ paymentTypeId: 'kreditt', amount: 18900, tip: 0 }] })]);
    expect(v.lines).toEqual([]);
    expect(v.notTransferred.excludedPayments).toEqual([
      { paymentTypeId: 'kreditt', name: 'Kreditt', amount: 18900, orders: 1 },
    ]);
    expect(v.notTransferred.sales).toBe(18900);
  });

  it('a refund credits the payment and debits revenue', () => {
    const v = build([
      sale({
        lines: [{ productTypeId: 'mat', quantity: -1, unitPrice: 18900, discount: 0, vatRate: 25 }],
        payments: [{ paymentTypeId: 'kort', amount: -18900, tip: 0 }],
      }),
    ]);
    expect(v.lines.map((l) => [l.accountNo, l.amount])).toEqual([
      [1503, -18900],
      [3010, 18900],
    ]);
  });

  it('a sale and its return in one order net out and leave no line', () => {
    const v = build([
      sale({
        lines: [
          { productTypeId: 'mat', quantity: 1, unitPrice: 18900, discount: 0, vatRate: 25 },
          { productTypeId: 'mat', quantity: -1, unitPrice: 18900, discount: 0, vatRate: 25 },
        ],
        payments: [],
      }),
    ]);
    expect(v.lines).toEqual([]);
    expect(v.problems).toEqual([]);
  });

  it('the 25-hour fall-back day takes both 02:30 orders; the 23-hour spring day ends at 05:00 summer time', () => {
    const autumn = buildDayVoucher({
      businessDay: '2026-10-24',
      businessDayStart: '05:00',
      orders: [
        sale({ id: 'first-0230', closedAt: '2026-10-25T02:30:00+02:00' }),
        sale({ id: 'second-0230', closedAt: '2026-10-25T02:30:00+01:00' }),
        sale({ id: 'last', closedAt: '2026-10-25T04:59:59+01:00' }),
      ],
      mappings: sentrumMappings,
    });
    expect(autumn?.problems).toEqual([]);
    expect(autumn?.lines.map((l) => l.amount)).toEqual([3 * 18900, -3 * 18900]);
    const spring = buildDayVoucher({
      businessDay: '2026-03-28',
      businessDayStart: '05:00',
      orders: [
        sale({ id: 'after-gap', closedAt: '2026-03-29T04:59:00+02:00' }),
        sale({ id: 'next-day', closedAt: '2026-03-29T05:00:00+02:00' }),
      ],
      mappings: sentrumMappings,
    });
    expect(spring?.problems).toMatchObject([{ code: 'order_outside_day', ref: 'next-day' }]);
  });

  it('a day with only cash movements reports them, with no lines', () => {
    const v = buildDayVoucher({
      businessDay: DAY,
      orders: [],
      cashMovements: [{ kind: 'withdrawal', amount: -50000 }],
      mappings: sentrumMappings,
    });
    expect(v?.lines).toEqual([]);
    expect(v?.notTransferred.cashMovements).toEqual([{ kind: 'withdrawal', amount: -50000 }]);
  });
});

describe('isPostable', () => {
  it('is true only for a voucher with lines and no problems', () => {
    expect(isPostable(build([sale()]))).toBe(true);
    expect(isPostable(build([sale()], { powerOffice: { lockDate: '2026-12-31' } }))).toBe(false);
    expect(
      isPostable(build([sale({ payments: [{ paymentTypeId: 'kreditt', amount: 18900, tip: 0 }] })])),
    ).toBe(false);
    expect(isPostable(null)).toBe(false);
  });
});
