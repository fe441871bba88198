import { describe, expect, it } from 'vitest';
import { externalImportReference } from '../reference';
import { clearingMatchingReference } from './clearing';
import { reconcileClearingAccounts } from './match';
import type { LedgerTransaction, ReconcileInput } from './types';

/*
 * The pure matcher on hand-made ledgers: the department's day vouchers debit 1503, settlements
 * credit it. March 2026: Friday 13th, Monday 16th …; due after 3 banking days by default.
 */

const DEPT = 'dept-sentrum';
const OTHER = 'dept-other';
let nextId = 1;

function tx(
  partial: Partial<LedgerTransaction> & Pick<LedgerTransaction, 'postingDate' | 'amount'>,
): LedgerTransaction {
  const id = nextId++;
  return {
    id,
    accountNo: 1503,
    description: null,
    voucherDescription: null,
    voucherId: `v-${id}`,
    voucherNo: 1000 + id,
    voucherType: 'BankJournal',
    externalImportReference: null,
    isReversed: false,
    reversedVoucherId: null,
    ...partial,
  };
}

/** The clearing line of a day voucher of `department`. */
function dayVoucher(day: string, amount: number, department = DEPT, version = 1): LedgerTransaction {
  return tx({
    postingDate: day,
    amount,
    voucherType: 'CashJournal',
    description: 'Kort',
    externalImportReference: externalImportReference({ departmentId: department, businessDay: day, version }),
  });
}

const ref = (day: string, accountNo = 1503, department = DEPT) =>
  clearingMatchingReference({ departmentId: department, businessDay: day, accountNo });

/** A settlement: bank debit (net), fee debit on 7770, clearing credit (gross); returns all three lines. */
function settlement(
  date: string,
  gross: number,
  fee: number,
  text: string | null,
): { clearing: LedgerTransaction; others: LedgerTransaction[] } {
  const clearing = tx({ postingDate: date, amount: -gross, description: text });
  const voucher = { voucherId: clearing.voucherId, voucherNo: clearing.voucherNo };
  const others = [
    tx({ ...voucher, accountNo: 1920, postingDate: date, amount: gross - fee, description: text }),
  ];
  if (fee !== 0)
    others.push(tx({ ...voucher, accountNo: 7770, postingDate: date, amount: fee, description: 'Gebyr' }));
  return { clearing, others };
}

function reconcile(
  transactions: LedgerTransaction[],
  settlementLines: LedgerTransaction[] = [],
  overrides: Partial<ReconcileInput> = {},
) {
  const result = reconcileClearingAccounts({
    departmentId: DEPT,
    accounts: [{ accountNo: 1503, openAfterBankingDays: 3 }],
    transactions,
    settlementLines,
    from: '2026-03-01',
    to: '2026-03-31',
    today: '2026-04-30',
    feeToleranceBp: 300,
    ...overrides,
  });
  return result.accounts[0]!;
}

const dayOf = (account: ReturnType<typeof reconcile>, day: string) =>
  account.days.find((d) => d.businessDay === day)!;

describe('reconcileClearingAccounts', () => {
  it('matches a settlement by the reference in its text, with the fee its voucher booked', () => {
    const s = settlement('2026-03-16', 1_000_00, 17_50, `Nets utbetaling ${ref('2026-03-13')}`);
    const account = reconcile([dayVoucher('2026-03-13', 1_000_00), s.clearing], s.others);
    const day = dayOf(account, '2026-03-13');
    expect(day).toMatchObject({
      debit: 1_000_00,
      credited: 1_000_00,
      fee: 17_50,
      open: 0,
      status: 'settled',
      flagged: false,
      late: false,
    });
    expect(day.settledOn).toBe('2026-03-16');
    expect(day.dueDate).toBe('2026-03-18');
    expect(day.matches).toEqual([
      expect.objectContaining({
        transactionId: s.clearing.id,
        by: 'reference',
        amount: 1_000_00,
        sharedWith: [],
      }),
    ]);
    expect(day.reference).toBe(ref('2026-03-13'));
  });

  it('takes a reference match over an amount match: the credit goes to the day it names', () => {
    // Two days of the same amount; the settlement names the second.
    const s = settlement('2026-03-17', 500_00, 0, ref('2026-03-16'));
    const account = reconcile(
      [dayVoucher('2026-03-13', 500_00), dayVoucher('2026-03-16', 500_00), s.clearing],
      s.others,
    );
    expect(dayOf(account, '2026-03-16').status).toBe('settled');
    expect(dayOf(account, '2026-03-13').status).toBe('missing');
  });

  it('matches by amount and date a settlement without reference that booked the fee on its own voucher', () => {
    const s = settlement('2026-03-16', 812_40, 14_20, 'NETS 0313');
    const account = reconcile(
      [dayVoucher('2026-03-12', 790_00), dayVoucher('2026-03-13', 812_40), s.clearing],
      s.others,
    );
    expect(dayOf(account, '2026-03-13')).toMatchObject({ credited: 812_40, fee: 14_20, status: 'settled' });
    expect(dayOf(account, '2026-03-13').matches[0]!.by).toBe('amount');
    expect(dayOf(account, '2026-03-12').status).toBe('missing');
  });

  it('matches by amount a payout net of the fee within the tolerance, and leaves the fee open within it', () => {
    // 2 % fee, tolerance 3 %: 980,00 of 1 000,00 credited.
    const s = settlement('2026-03-16', 980_00, 0, 'Vipps utbetaling');
    const account = reconcile([dayVoucher('2026-03-13', 1_000_00), s.clearing], s.others);
    const day = dayOf(account, '2026-03-13');
    expect(day).toMatchObject({
      credited: 980_00,
      open: 20_00,
      fee: null,
      status: 'within_tolerance',
      flagged: false,
    });
    // Outside the tolerance (4 % short) the same payout is no match at all.
    const far = settlement('2026-03-16', 960_00, 0, 'Vipps utbetaling');
    const missing = dayOf(
      reconcile([dayVoucher('2026-03-13', 1_000_00), far.clearing], far.others),
      '2026-03-13',
    );
    expect(missing).toMatchObject({
      credited: 0,
      status: 'missing',
      flagged: true,
      candidateTransactionIds: [far.clearing.id],
    });
  });

  it('prefers the day whose settlement comes the next banking day among equal amounts', () => {
    const s = settlement('2026-03-17', 300_00, 0, null);
    const account = reconcile([
      dayVoucher('2026-03-12', 300_00),
      dayVoucher('2026-03-16', 300_00),
      s.clearing,
    ]);
    expect(dayOf(account, '2026-03-16').status).toBe('settled');
    expect(dayOf(account, '2026-03-12').status).toBe('missing');
  });

  it('says a day settled after its due date was late', () => {
    const s = settlement('2026-03-24', 640_00, 11_00, ref('2026-03-13'));
    const day = dayOf(reconcile([dayVoucher('2026-03-13', 640_00), s.clearing], s.others), '2026-03-13');
    expect(day).toMatchObject({
      status: 'settled',
      late: true,
      settledOn: '2026-03-24',
      dueDate: '2026-03-18',
      flagged: false,
    });
  });

  it('flags a missing settlement only once the day is due', () => {
    const transactions = [dayVoucher('2026-03-13', 450_00)];
    expect(dayOf(reconcile(transactions, [], { today: '2026-03-18' }), '2026-03-13')).toMatchObject({
      status: 'pending',
      flagged: false,
    });
    expect(dayOf(reconcile(transactions, [], { today: '2026-03-19' }), '2026-03-13')).toMatchObject({
      status: 'missing',
      flagged: true,
      open: 450_00,
    });
  });

  it('flags a short settlement with what is still open', () => {
    const s = settlement('2026-03-16', 700_00, 12_00, ref('2026-03-13'));
    const day = dayOf(reconcile([dayVoucher('2026-03-13', 1_000_00), s.clearing], s.others), '2026-03-13');
    expect(day).toMatchObject({ credited: 700_00, open: 300_00, status: 'short', flagged: true, fee: 12_00 });
  });

  it('splits a settlement covering two days, by reference and by amount', () => {
    const byRef = settlement('2026-03-16', 1_100_00, 20_00, `${ref('2026-03-14')} ${ref('2026-03-15')}`);
    const a = reconcile(
      [dayVoucher('2026-03-14', 600_00), dayVoucher('2026-03-15', 500_00), byRef.clearing],
      byRef.others,
    );
    expect(dayOf(a, '2026-03-14')).toMatchObject({ credited: 600_00, status: 'settled' });
    expect(dayOf(a, '2026-03-15')).toMatchObject({ credited: 500_00, status: 'settled' });
    expect(dayOf(a, '2026-03-14').matches[0]!.sharedWith).toEqual(['2026-03-15']);
    // The fee is shared in proportion: 600/1100 and 500/1100 of 20,00.
    expect([dayOf(a, '2026-03-14').fee, dayOf(a, '2026-03-15').fee]).toEqual([10_91, 9_09]);

    const byAmount = settlement('2026-03-16', 1_100_00, 0, 'NETS');
    const b = reconcile([
      dayVoucher('2026-03-14', 600_00),
      dayVoucher('2026-03-15', 500_00),
      byAmount.clearing,
    ]);
    expect(dayOf(b, '2026-03-14')).toMatchObject({ credited: 600_00, status: 'settled' });
    expect(dayOf(b, '2026-03-15')).toMatchObject({ credited: 500_00, status: 'settled' });
    expect(dayOf(b, '2026-03-15').matches[0]).toMatchObject({ by: 'amount', sharedWith: ['2026-03-14'] });
  });

  it("ignores other departments' days and settlements, and reversed vouchers on either side", () => {
    const ours = dayVoucher('2026-03-13', 500_00);
    const theirs = dayVoucher('2026-03-13', 500_00, OTHER);
    const theirSettlement = settlement('2026-03-16', 500_00, 0, ref('2026-03-13', 1503, OTHER));
    const reversedSettlement = tx({ postingDate: '2026-03-16', amount: -500_00, isReversed: true });
    const reversal = tx({
      postingDate: '2026-03-16',
      amount: 500_00,
      reversedVoucherId: reversedSettlement.voucherId,
      voucherType: 'ReversalVoucher',
    });
    const day = dayOf(
      reconcile([ours, theirs, theirSettlement.clearing, reversedSettlement, reversal]),
      '2026-03-13',
    );
    expect(day).toMatchObject({ debit: 500_00, credited: 0, status: 'missing' });
  });

  it('counts a reversed day voucher and its re-post once', () => {
    const v1 = { ...dayVoucher('2026-03-13', 400_00), isReversed: true };
    const reversal = tx({
      postingDate: '2026-03-13',
      amount: -400_00,
      reversedVoucherId: v1.voucherId,
      voucherType: 'ReversalVoucher',
    });
    const v2 = dayVoucher('2026-03-13', 450_00, DEPT, 2);
    const s = settlement('2026-03-16', 450_00, 0, ref('2026-03-13'));
    const day = dayOf(reconcile([v1, reversal, v2, s.clearing]), '2026-03-13');
    expect(day).toMatchObject({ debit: 450_00, credited: 450_00, status: 'settled' });
    expect(day.debitTransactionIds).toHaveLength(3);
  });

  it("keeps a running balance that ends at the sum of the period's transactions on the account", () => {
    const before = dayVoucher('2026-02-27', 200_00);
    const early = settlement('2026-03-02', 200_00, 0, ref('2026-02-27'));
    const d1 = dayVoucher('2026-03-13', 300_00);
    const d2 = dayVoucher('2026-03-31', 250_00);
    const s1 = settlement('2026-03-16', 300_00, 0, null);
    const after = settlement('2026-04-01', 250_00, 0, ref('2026-03-31'));
    const manual = tx({ postingDate: '2026-03-20', amount: 12_34, description: 'Korrigering' });
    const all = [before, early.clearing, d1, s1.clearing, manual, d2, after.clearing];
    const account = reconcile(all, [], { today: '2026-04-02' });
    const inMarch = all.filter((t) => t.postingDate >= '2026-03-01' && t.postingDate <= '2026-03-31');
    expect(account.periodMovement).toBe(inMarch.reduce((s, t) => s + t.amount, 0));
    expect(dayOf(account, '2026-03-31').balanceAfter).toBe(account.periodMovement);
    expect(dayOf(account, '2026-03-13').balanceAfter).toBe(-200_00 + 300_00);
    // The day before the period soaks up its settlement; the last day's comes after the period.
    expect(account.days.map((d) => [d.businessDay, d.status])).toEqual([
      ['2026-03-13', 'settled'],
      ['2026-03-31', 'settled'],
    ]);
    expect(account.unmatchedCreditIds).toEqual([]);
    expect(account.openTotal).toBe(0);
  });
});
