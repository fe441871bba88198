import type { PreviewVoucher } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { rowsOfMonths, type DepartmentVouchers } from './voucher-rows';

const voucher = (businessDay: string): PreviewVoucher => ({
  businessDay,
  externalReference: `ref-${businessDay}`,
  status: 'not_transferred',
  lines: [
    {
      accountNo: 1920,
      accountName: 'Bank',
      vatCode: null,
      amount: 10_000,
      description: 'Kort',
      department: null,
      source: 'payment',
    },
    {
      accountNo: 3000,
      accountName: 'Salg',
      vatCode: '3',
      amount: -10_000,
      description: 'Mat',
      department: null,
      source: 'revenue',
    },
  ],
  sum: 0,
  debit: 10_000,
  problems: [],
  empty: false,
  notTransferred: { tips: 0, cashMovements: [], excludedPayments: [] },
});

const group = (departmentId: string, days: string[]): DepartmentVouchers => ({
  departmentId,
  departmentName: departmentId,
  vouchers: days.map(voucher),
});

describe('rowsOfMonths', () => {
  it('lists the months in order, each day as header, lines and sum', () => {
    const rows = rowsOfMonths([[group('a', ['2025-01-30', '2025-01-31'])], [group('a', ['2025-02-01'])]]);
    expect(rows.filter((r) => r.kind === 'day').map((r) => r.key)).toEqual([
      'a-2025-01-30',
      'a-2025-01-31',
      'a-2025-02-01',
    ]);
    expect(rows.slice(0, 4).map((r) => r.kind)).toEqual(['day', 'line', 'line', 'sum']);
  });

  it('keeps the row objects of the months already shown when the next month arrives', () => {
    const january = [group('a', ['2025-01-02', '2025-01-03'])];
    const before = rowsOfMonths([january]);
    // A new render: new group objects around the same query data, plus February.
    const after = rowsOfMonths([[{ ...january[0]! }], [group('a', ['2025-02-03'])]]);
    expect(after.slice(0, before.length)).toEqual(before);
    before.forEach((row, i) => expect(after[i]).toBe(row));
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('builds a month again when another department’s part of it arrives, departments in order within a day', () => {
    const a = group('a', ['2025-01-02']);
    const first = rowsOfMonths([[a]]);
    const both = rowsOfMonths([[a, group('b', ['2025-01-02', '2025-01-03'])]]);
    expect(both.filter((r) => r.kind === 'day').map((r) => r.key)).toEqual([
      'a-2025-01-02',
      'b-2025-01-02',
      'b-2025-01-03',
    ]);
    expect(both.length).toBeGreaterThan(first.length);
  });

  it('says a problem several lines share once, and different problems each', () => {
    const vat = {
      code: 'missing_vat_code',
      message: 'Momssats 25 % har ingen momskode i PowerOffice.',
      fix: { kind: 'vat-code' as const, id: '25' },
      lineIndex: 1,
    };
    const day = {
      ...voucher('2025-03-03'),
      problems: [
        vat,
        { ...vat, lineIndex: 2 },
        {
          code: 'missing_account',
          message: 'Produkttypen «Mat» mangler inntektskonto.',
          fix: { kind: 'product-type' as const, id: 'mat' },
          lineIndex: 1,
        },
      ],
    };
    const rows = rowsOfMonths([[{ departmentId: 'c', departmentName: 'c', vouchers: [day] }]]);
    expect(
      rows.filter((r) => r.kind === 'problem').map((r) => (r.kind === 'problem' ? r.problem.code : '')),
    ).toEqual(['missing_vat_code', 'missing_account']);
  });
});
