import { addBankingDays, listBusinessDays } from '@qo/accounting';
import { describe, expect, it } from 'vitest';
import { planDemoSettlements, type ClearingDebit } from './settlement-plan';

const NOVEMBER = listBusinessDays('2026-11-01', '2026-11-30');
const debits: ClearingDebit[] = [
  ...NOVEMBER.map((day, i) => ({ accountNo: 1503, businessDay: day, amount: 10_000_00 + i * 1_37 })),
  ...NOVEMBER.map((day, i) => ({ accountNo: 1505, businessDay: day, amount: 2_000_00 + i * 11 })),
];

describe('the demo month’s settlements', () => {
  it('settles most card days the next banking day with a fee; one is missing, one short, two late, weekends paid together', () => {
    const plan = planDemoSettlements('dept-sentrum', debits, '2026-12-31');
    const card = plan.settlements.filter((s) => s.ClearingAccountNo === 1503);
    const kinds = card.map((s) => s.kind);
    expect(plan.missing).toHaveLength(1);
    expect(kinds.filter((k) => k === 'short')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'late')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'weekend').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === 'next_day').length).toBeGreaterThan(kinds.length / 2);
    // Every card day is settled once, except the missing one.
    const settledDays = card.flatMap((s) => s.days).sort();
    expect(settledDays).toEqual(NOVEMBER.filter((d) => d !== plan.missing[0]!.businessDay));
    for (const s of card) {
      const gross = s.days.reduce(
        (sum, d) => sum + debits.find((x) => x.accountNo === 1503 && x.businessDay === d)!.amount,
        0,
      );
      if (s.kind === 'short') expect(s.GrossOre).toBe(Math.round(gross * 0.7));
      else expect(s.GrossOre).toBe(gross);
      expect(s.FeeOre).toBe(Math.round((s.GrossOre * 139) / 10_000));
      expect(s.Reference === null).toBe(s.kind === 'weekend' || s.kind === 'no_reference');
      if (s.kind === 'next_day') expect(s.Date).toBe(addBankingDays(s.days[0]!, 1));
      if (s.kind === 'late') expect(s.Date).toBe(addBankingDays(s.days[0]!, 6));
    }
    // The exceptions lie in the first two thirds of the month.
    expect(plan.missing[0]!.businessDay < '2026-11-21').toBe(true);
    // Vipps: every day, by reference or by amount, never short, late or missing.
    const vipps = plan.settlements.filter((s) => s.ClearingAccountNo === 1505);
    expect(vipps.flatMap((s) => s.days)).toEqual(NOVEMBER);
    expect(new Set(vipps.map((s) => s.kind))).toEqual(new Set(['next_day', 'no_reference']));
  });

  it('books nothing dated after today', () => {
    const plan = planDemoSettlements('dept-sentrum', debits, '2026-11-30');
    expect(plan.settlements.every((s) => s.Date <= '2026-11-30')).toBe(true);
    expect(plan.notYet).toBeGreaterThan(0);
    expect(plan.settlements.length + plan.notYet).toBe(
      planDemoSettlements('dept-sentrum', debits, '2026-12-31').settlements.length,
    );
  });
});
