import type { ExportPreview, PreviewVoucher } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { enabledChunks, mergePreviews, periodChunks } from './preview-chunks';

describe('periodChunks', () => {
  it('keeps a period of up to 31 days as one request, as before', () => {
    expect(periodChunks({ from: '2025-03-04', to: '2025-03-10' })).toEqual([
      { from: '2025-03-04', to: '2025-03-10' },
    ]);
    expect(periodChunks({ from: '2025-01-01', to: '2025-01-31' })).toEqual([
      { from: '2025-01-01', to: '2025-01-31' },
    ]);
    // 31 days across a month boundary: still one.
    expect(periodChunks({ from: '2025-01-15', to: '2025-02-14' })).toEqual([
      { from: '2025-01-15', to: '2025-02-14' },
    ]);
  });

  it('splits a year into its twelve calendar months, in order', () => {
    const chunks = periodChunks({ from: '2025-01-01', to: '2025-12-31' });
    expect(chunks).toHaveLength(12);
    expect(chunks[0]).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    expect(chunks[1]).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(chunks[3]).toEqual({ from: '2025-04-01', to: '2025-04-30' });
    expect(chunks[11]).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    // Each month starts the day after the one before ends: no day lost or repeated.
    for (let i = 1; i < chunks.length; i++) {
      const dayAfter = new Date(Date.parse(`${chunks[i - 1]!.to}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(chunks[i]!.from).toBe(dayAfter);
    }
  });

  it('cuts the first and last month to the period, across a year end and a leap February', () => {
    expect(periodChunks({ from: '2023-12-15', to: '2024-03-10' })).toEqual([
      { from: '2023-12-15', to: '2023-12-31' },
      { from: '2024-01-01', to: '2024-01-31' },
      { from: '2024-02-01', to: '2024-02-29' },
      { from: '2024-03-01', to: '2024-03-10' },
    ]);
    // Ends on the first of a month: that month is one day.
    expect(periodChunks({ from: '2025-01-20', to: '2025-03-01' }).at(-1)).toEqual({
      from: '2025-03-01',
      to: '2025-03-01',
    });
  });

  it('leaves a period the BFF would refuse whole, so the refusal is the BFF’s', () => {
    expect(periodChunks({ from: '2025-12-31', to: '2025-01-01' })).toEqual([
      { from: '2025-12-31', to: '2025-01-01' },
    ]);
    expect(periodChunks({ from: '2024-01-01', to: '2025-12-31' })).toEqual([
      { from: '2024-01-01', to: '2025-12-31' },
    ]);
    expect(periodChunks({ from: 'januar', to: '2025-12-31' })).toEqual([
      { from: 'januar', to: '2025-12-31' },
    ]);
  });
});

describe('enabledChunks', () => {
  it('starts the first month alone, then two months at a time, moving on as each answers', () => {
    expect(enabledChunks([false, false, false, false])).toEqual([true, false, false, false]);
    expect(enabledChunks([true, false, false, false])).toEqual([true, true, true, false]);
    expect(enabledChunks([true, true, false, false])).toEqual([true, true, true, true]);
    // The third answered before the second: still no more than two waiting.
    expect(enabledChunks([true, false, true, false, false])).toEqual([true, true, true, true, false]);
    expect(enabledChunks([true, true, true, true])).toEqual([true, true, true, true]);
  });

  it("waits for every department's first month before asking for more", () => {
    // Two departments: chunks are month by month, the departments within a month.
    expect(enabledChunks([false, false, false, false, false, false], 2, 2)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(enabledChunks([true, false, false, false, false, false], 2, 2)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(enabledChunks([true, true, false, false, false, false], 2, 2)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('does not let a failed month (answered) hold up the ones after it', () => {
    // Month 1 failed (answered), month 2 and 3 may load.
    expect(enabledChunks([true, true, false, false, false])).toEqual([true, true, true, true, false]);
    expect(enabledChunks([true, false, false, false])).toEqual([true, true, true, false]);
  });

  it('takes one at a time when asked to', () => {
    expect(enabledChunks([true, false, false], 1)).toEqual([true, true, false]);
  });
});

const voucher = (businessDay: string, debit: number, problems = 0): PreviewVoucher => ({
  businessDay,
  externalReference: `ref-${businessDay}`,
  status: 'not_transferred',
  lines: [],
  sum: 0,
  debit,
  problems: Array.from({ length: problems }, () => ({
    code: 'missing_account',
    message: 'Mangler konto',
    fix: null,
    lineIndex: null,
  })),
  empty: false,
  notTransferred: { tips: 0, cashMovements: [], excludedPayments: [] },
});

const preview = (
  from: string,
  to: string,
  vouchers: PreviewVoucher[],
  extra: Partial<ExportPreview> = {},
): ExportPreview => ({
  department: { id: 'd1', name: 'Sentrum' },
  from,
  to,
  lockDate: null,
  vouchers,
  problems: [],
  totals: {
    vouchers: vouchers.length,
    debit: vouchers.reduce((n, v) => n + v.debit, 0),
    blocked: vouchers.filter((v) => v.problems.length > 0).length,
  },
  notTransferred: { tips: 0, cashMovements: [], excludedPayments: [] },
  ...extra,
});

describe('mergePreviews', () => {
  it('gives the months as one preview of the period they cover, days in order, same voucher objects', () => {
    const jan = preview(
      '2025-01-01',
      '2025-01-31',
      [voucher('2025-01-02', 10_000), voucher('2025-01-03', 20_050, 1)],
      {
        notTransferred: {
          tips: 500,
          cashMovements: [{ kind: 'float', amount: 200_000 }],
          excludedPayments: [{ paymentTypeId: 'k', name: 'Kreditt', amount: 100, orders: 1 }],
        },
      },
    );
    const feb = preview('2025-02-01', '2025-02-28', [voucher('2025-02-01', 5_000)], {
      lockDate: '2025-01-31',
      notTransferred: {
        tips: 250,
        cashMovements: [
          { kind: 'float', amount: -50_000 },
          { kind: 'deposit', amount: 1_000 },
        ],
        excludedPayments: [{ paymentTypeId: 'k', name: 'Kreditt', amount: 300, orders: 2 }],
      },
    });
    const merged = mergePreviews([jan, feb]);
    expect(merged.from).toBe('2025-01-01');
    expect(merged.to).toBe('2025-02-28');
    expect(merged.vouchers.map((v) => v.businessDay)).toEqual(['2025-01-02', '2025-01-03', '2025-02-01']);
    expect(merged.vouchers[0]).toBe(jan.vouchers[0]);
    expect(merged.totals).toEqual({ vouchers: 3, debit: 35_050, blocked: 1 });
    expect(merged.lockDate).toBe('2025-01-31');
    expect(merged.notTransferred).toEqual({
      tips: 750,
      cashMovements: [
        { kind: 'float', amount: 150_000 },
        { kind: 'deposit', amount: 1_000 },
      ],
      excludedPayments: [{ paymentTypeId: 'k', name: 'Kreditt', amount: 400, orders: 3 }],
    });
    // The parts are not changed by the sums.
    expect(jan.notTransferred.tips).toBe(500);
    expect(jan.notTransferred.cashMovements[0]!.amount).toBe(200_000);
  });

  it('lists a department problem repeated in every month once', () => {
    const problem = {
      code: 'not_connected',
      message: 'Ikke koblet til',
      fix: { kind: 'connection' as const },
      lineIndex: null,
    };
    const merged = mergePreviews([
      preview('2025-01-01', '2025-01-31', [], { problems: [problem] }),
      preview('2025-02-01', '2025-02-28', [], { problems: [problem] }),
    ]);
    expect(merged.problems).toEqual([problem]);
  });

  it('returns a single month as it is', () => {
    const jan = preview('2025-01-01', '2025-01-31', [voucher('2025-01-02', 1)]);
    expect(mergePreviews([jan])).toBe(jan);
  });
});
