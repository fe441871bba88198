import { addBankingDays, clearingMatchingReference } from '@qo/accounting';

/*
 * The demo month's settlements, planned from what the day vouchers debited the clearing accounts:
 * as an acquirer pays out in real life most days come the next banking day, net of a fee booked on
 * 7770, with the day's matching reference; some come without a reference (the bank text only), a
 * weekend comes as one payout, a few come late, one is short and one never comes. Pure, so a test
 * can hold the plan to this description (settlement-plan.test.ts).
 */

export interface ClearingDebit {
  accountNo: number;
  businessDay: string;
  /** Øre debited by the day's voucher. */
  amount: number;
}

export interface PlannedSettlement {
  Date: string;
  ClearingAccountNo: number;
  GrossOre: number;
  FeeOre: number;
  Reference: string | null;
  Description: string;
  /** What the demo meant by it, for the log and the test. */
  kind: 'next_day' | 'no_reference' | 'weekend' | 'late' | 'short';
  days: string[];
}

export interface SettlementPlan {
  settlements: PlannedSettlement[];
  missing: ClearingDebit[];
  /** Planned for after today: not booked (yet), so those days show as awaiting settlement. */
  notYet: number;
}

/** Card acquirer's fee 1,39 %, Vipps 1,75 % (of the gross; whole øre). */
const FEE_BP: Record<number, number> = { 1503: 139, 1505: 175 };
const ACQUIRER: Record<number, string> = { 1503: 'Nets utbetaling', 1505: 'Vipps utbetaling' };
const feeOf = (accountNo: number, gross: number) => Math.round((gross * (FEE_BP[accountNo] ?? 150)) / 10_000);

const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

export function planDemoSettlements(
  departmentId: string,
  debits: readonly ClearingDebit[],
  today: string,
): SettlementPlan {
  const settlements: PlannedSettlement[] = [];
  const missing: ClearingDebit[] = [];
  const accounts = [...new Set(debits.map((d) => d.accountNo))].sort((a, b) => a - b);
  for (const accountNo of accounts) {
    const days = debits
      .filter((d) => d.accountNo === accountNo && d.amount > 0)
      .sort((a, b) => (a.businessDay < b.businessDay ? -1 : 1));
    const ref = (day: string) => clearingMatchingReference({ departmentId, businessDay: day, accountNo });
    const acquirer = ACQUIRER[accountNo] ?? 'Utbetaling';
    const isCard = accountNo === 1503;
    // The exceptions sit in the first two thirds of the month, so their own settlements (and their
    // due dates) have passed by the time the month is looked at.
    const n = days.length;
    const missingAt = isCard ? Math.floor(n * 0.4) : -1;
    const shortAt = isCard ? Math.floor(n * 0.6) : -1;
    const lateAt = isCard ? new Set([Math.floor(n * 0.15), Math.floor(n * 0.5)]) : new Set<number>();
    const taken = new Set<number>();
    for (let i = 0; i < n; i++) {
      if (taken.has(i)) continue;
      const day = days[i]!;
      const next = addBankingDays(day.businessDay, 1);
      const settle = (
        s: Omit<PlannedSettlement, 'ClearingAccountNo' | 'FeeOre' | 'Description'>,
        text = `${acquirer} ${day.businessDay}`,
      ) =>
        settlements.push({
          ...s,
          ClearingAccountNo: accountNo,
          FeeOre: feeOf(accountNo, s.GrossOre),
          Description: text,
        });
      if (i === missingAt) {
        missing.push(day);
      } else if (i === shortAt) {
        const gross = Math.round(day.amount * 0.7);
        settle({
          Date: next,
          GrossOre: gross,
          Reference: ref(day.businessDay),
          kind: 'short',
          days: [day.businessDay],
        });
      } else if (lateAt.has(i)) {
        settle({
          Date: addBankingDays(day.businessDay, 6),
          GrossOre: day.amount,
          Reference: ref(day.businessDay),
          kind: 'late',
          days: [day.businessDay],
        });
      } else if (
        isCard &&
        weekday(day.businessDay) === 6 &&
        days[i + 1] &&
        weekday(days[i + 1]!.businessDay) === 0 &&
        i + 1 !== missingAt &&
        i + 1 !== shortAt &&
        !lateAt.has(i + 1)
      ) {
        // Saturday and Sunday paid out together on Monday, with the bank's text only.
        const sunday = days[i + 1]!;
        taken.add(i + 1);
        settle(
          {
            Date: addBankingDays(sunday.businessDay, 1),
            GrossOre: day.amount + sunday.amount,
            Reference: null,
            kind: 'weekend',
            days: [day.businessDay, sunday.businessDay],
          },
          `${acquirer} ${day.businessDay}–${sunday.businessDay}`,
        );
      } else if (i % 5 === 3) {
        settle({
          Date: next,
          GrossOre: day.amount,
          Reference: null,
          kind: 'no_reference',
          days: [day.businessDay],
        });
      } else {
        settle({
          Date: next,
          GrossOre: day.amount,
          Reference: ref(day.businessDay),
          kind: 'next_day',
          days: [day.businessDay],
        });
      }
    }
  }
  const due = settlements.filter((s) => s.Date <= today);
  return { settlements: due, missing, notYet: settlements.length - due.length };
}
