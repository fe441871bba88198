import { describe, expect, it } from 'vitest';
import { departmentTag } from '../reference';
import { addBankingDays, bankingDaysBetween, isBankingDay } from './banking-days';
import {
  clearingMatchingReference,
  findMatchingReferences,
  isClearingAccount,
  isClearingLine,
  MATCHING_REFERENCE_MAX_LENGTH,
} from './clearing';

describe('clearing accounts and matching references', () => {
  it('takes 1501–1599 as clearing accounts, not the customer ledger 1500 nor the bank', () => {
    expect([1500, 1501, 1503, 1599, 1600, 1900, 1920, null].map(isClearingAccount)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(isClearingLine({ accountNo: 1503, source: 'payment' })).toBe(true);
    expect(isClearingLine({ accountNo: 1503, source: 'gift_card_redeemed' })).toBe(false);
  });

  it('names department, business day and clearing account, deterministically and within 35 characters', () => {
    const reference = clearingMatchingReference({
      departmentId: 'a-long-department-id-0123456789',
      businessDay: '2026-03-13',
      accountNo: 1503,
    });
    expect(reference).toBe(`QO-${departmentTag('a-long-department-id-0123456789')}-20260313-1503`);
    expect(reference.length).toBeLessThanOrEqual(MATCHING_REFERENCE_MAX_LENGTH);
    expect(
      clearingMatchingReference({
        departmentId: 'a-long-department-id-0123456789',
        businessDay: '2026-03-13',
        accountNo: 1503,
      }),
    ).toBe(reference);
    expect(() =>
      clearingMatchingReference({ departmentId: 'x', businessDay: '2026-03-13', accountNo: 1920 }),
    ).toThrow(RangeError);
  });

  it('finds every reference in a bank text once, and nothing in look-alikes', () => {
    const a = clearingMatchingReference({ departmentId: 'd1', businessDay: '2026-03-14', accountNo: 1503 });
    const b = clearingMatchingReference({ departmentId: 'd1', businessDay: '2026-03-15', accountNo: 1503 });
    expect(findMatchingReferences(`Nets ${a}, ${b} og ${a}`).map((r) => r.businessDay)).toEqual([
      '2026-03-14',
      '2026-03-15',
    ]);
    expect(findMatchingReferences(`${a.replace('20260314', '20260230')} ${a}-v1 ${a}9`)).toEqual([]);
    expect(findMatchingReferences(null)).toEqual([]);
  });
});

describe('Norwegian banking days', () => {
  it('skips weekends, Easter, Ascension, Whit Monday, 17 May and the banks’ own Christmas and New Year’s Eve', () => {
    // Easter 2026: Maundy Thursday 2 April … Easter Monday 6 April.
    expect(['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-04-07'].map(isBankingDay)).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
    expect(
      ['2026-05-14', '2026-05-25', '2026-05-18', '2026-12-24', '2026-12-31', '2027-01-01'].map(isBankingDay),
    ).toEqual([false, false, true, false, false, false]);
    expect(isBankingDay('2026-03-14')).toBe(false);
  });

  it('counts forward over closed days', () => {
    expect(addBankingDays('2026-03-13', 1)).toBe('2026-03-16');
    expect(addBankingDays('2026-04-01', 1)).toBe('2026-04-07');
    expect(addBankingDays('2026-12-23', 2)).toBe('2026-12-29');
    expect(addBankingDays('2026-03-13', 0)).toBe('2026-03-13');
    expect(bankingDaysBetween('2026-03-13', '2026-03-18')).toBe(3);
    expect(bankingDaysBetween('2026-03-18', '2026-03-13')).toBe(0);
  });
});
