import { addDays, parseDate } from '../oslo-time';
import { departmentTag, parseVoucherReference } from '../reference';
import { addBankingDays, bankingDaysBetween } from './banking-days';
import { clearingMatchingReference, findMatchingReferences } from './clearing';
import type {
  ClearingAccountReconciliation,
  ClearingDay,
  ClearingMatch,
  LedgerTransaction,
  Reconciliation,
  ReconcileInput,
} from './types';

/*
 * Does each clearing account empty out? For every business day the department's vouchers debited a
 * clearing account, what PowerOffice has credited against it: first the credits whose text names
 * the day's matching reference, then, for days still without any settlement, credits without a
 * reference whose amount lies within the fee tolerance below one day's amount, or the sum of two
 * or three consecutive days' (a settlement covering several days), dated after them. Pure: the
 * caller reads PowerOffice. See docs/reconciliation.md.
 */

const DEFAULT_MAX_LAG_DAYS = 14;
const MAX_DAYS_PER_SETTLEMENT = 3;
const CANDIDATES_PER_DAY = 5;
const FEE_ACCOUNT_FIRST = 4000;
const FEE_ACCOUNT_LAST = 8999;

interface DayState {
  day: ClearingDay;
}

export function reconcileClearingAccounts(input: ReconcileInput): Reconciliation {
  parseDate(input.from);
  parseDate(input.to);
  parseDate(input.today);
  if (input.from > input.to) throw new RangeError('from is after to');
  const tag = departmentTag(input.departmentId);
  const lagDays = input.maxSettlementLagDays ?? DEFAULT_MAX_LAG_DAYS;

  // The department's own vouchers: their reference carries its tag; a reversal names the voucher it reverses.
  const ownVoucherDay = new Map<string, string>();
  for (const t of input.transactions) {
    const parsed = t.externalImportReference ? parseVoucherReference(t.externalImportReference) : null;
    if (parsed && parsed.departmentTag === tag) ownVoucherDay.set(t.voucherId, parsed.businessDay);
  }
  const dayOfOwn = (t: LedgerTransaction): string | undefined =>
    ownVoucherDay.get(t.voucherId) ??
    (t.reversedVoucherId ? ownVoucherDay.get(t.reversedVoucherId) : undefined);

  const settlementLines = input.settlementLines ?? [];
  const accounts = input.accounts.map((setting) =>
    reconcileAccount(
      setting.accountNo,
      setting.openAfterBankingDays,
      { ...input, feeToleranceBp: setting.feeToleranceBp ?? input.feeToleranceBp },
      tag,
      lagDays,
      dayOfOwn,
      settlementLines,
    ),
  );
  return { from: input.from, to: input.to, accounts };
}

function reconcileAccount(
  accountNo: number,
  openAfterBankingDays: number,
  input: ReconcileInput,
  tag: string,
  lagDays: number,
  dayOfOwn: (t: LedgerTransaction) => string | undefined,
  settlementLines: readonly LedgerTransaction[],
): ClearingAccountReconciliation {
  const transactions = input.transactions.filter((t) => t.accountNo === accountNo).sort(byDateThenId);

  // 1. The days: what the department's vouchers (day vouchers, corrections, reversals) debited.
  const days = new Map<string, DayState>();
  const credits: LedgerTransaction[] = [];
  for (const t of transactions) {
    const own = dayOfOwn(t);
    if (own !== undefined) {
      let state = days.get(own);
      if (!state) {
        state = { day: newDay(accountNo, own, input.departmentId, openAfterBankingDays) };
        days.set(own, state);
      }
      state.day.debit += t.amount;
      state.day.debitTransactionIds.push(t.id);
    } else if (t.amount < 0 && !t.isReversed && t.reversedVoucherId === null) {
      // A reversed settlement and its reversal cancel out: neither settles anything.
      credits.push(t);
    }
  }
  const ordered = [...days.values()]
    .filter((s) => s.day.debit !== 0)
    .sort((a, b) => (a.day.businessDay < b.day.businessDay ? -1 : 1));
  const byDay = new Map(ordered.map((s) => [s.day.businessDay, s]));
  for (const s of ordered) s.day.open = s.day.debit;

  // 2. Credits naming a day's reference settle that day (or those days, in date order).
  const unreferenced: LedgerTransaction[] = [];
  const unmatched: LedgerTransaction[] = [];
  for (const credit of credits) {
    const refs = [
      ...findMatchingReferences(credit.description),
      ...findMatchingReferences(credit.voucherDescription),
    ];
    if (refs.length === 0) {
      unreferenced.push(credit);
      continue;
    }
    const targets = [
      ...new Set(
        refs.filter((r) => r.departmentTag === tag && r.accountNo === accountNo).map((r) => r.businessDay),
      ),
    ]
      .sort()
      .map((d) => byDay.get(d))
      .filter((s): s is DayState => s !== undefined);
    if (targets.length === 0) unmatched.push(credit);
    else allocate(credit, targets, 'reference');
  }

  // 3. Credits without a reference: by amount and date, for days nothing has settled yet.
  for (const credit of unreferenced) {
    const group = bestGroup(credit, ordered, input.feeToleranceBp, lagDays);
    if (group) allocate(credit, group, 'amount');
    else unmatched.push(credit);
  }

  // 4. Fees, status, running balance, candidates.
  const feeByVoucher = new Map<string, number>();
  for (const line of settlementLines) {
    if (
      line.accountNo >= FEE_ACCOUNT_FIRST &&
      line.accountNo <= FEE_ACCOUNT_LAST &&
      !line.isReversed &&
      line.reversedVoucherId === null
    ) {
      feeByVoucher.set(line.voucherId, (feeByVoucher.get(line.voucherId) ?? 0) + line.amount);
    }
  }
  assignFees(ordered, feeByVoucher);

  const inPeriod = transactions.filter((t) => t.postingDate >= input.from && t.postingDate <= input.to);
  const balanceAt = runningBalance(inPeriod);
  const shown = ordered.filter((s) => s.day.businessDay >= input.from && s.day.businessDay <= input.to);
  const unmatchedSorted = [...unmatched].sort(byDateThenId);
  for (const { day } of ordered) {
    day.open = day.debit - day.credited;
    const last = day.matches.reduce<string | null>(
      (latest, m) => (latest === null || m.postingDate > latest ? m.postingDate : latest),
      null,
    );
    day.settledOn = day.open === 0 ? last : null;
    day.late = day.credited > 0 && last !== null && last > day.dueDate;
    const tolerance = Math.floor((day.debit * input.feeToleranceBp) / 10_000);
    if (day.open === 0) day.status = 'settled';
    else if (day.open < 0) day.status = 'over';
    else if (day.credited > 0 && day.open <= tolerance) day.status = 'within_tolerance';
    else if (input.today <= day.dueDate) day.status = 'pending';
    else day.status = day.credited === 0 ? 'missing' : 'short';
    day.flagged = day.status === 'missing' || day.status === 'short' || day.status === 'over';
    day.balanceAfter = balanceAt(day.businessDay);
    if (day.flagged) day.candidateTransactionIds = candidatesFor(day, unmatchedSorted);
  }

  return {
    accountNo,
    openAfterBankingDays,
    days: shown.map((s) => s.day),
    periodMovement: inPeriod.reduce((sum, t) => sum + t.amount, 0),
    openTotal: shown.reduce((sum, s) => sum + s.day.open, 0),
    flaggedDays: shown.filter((s) => s.day.flagged).length,
    unmatchedCreditIds: unmatchedSorted.map((t) => t.id),
  };
}

function newDay(
  accountNo: number,
  businessDay: string,
  departmentId: string,
  openAfterBankingDays: number,
): ClearingDay {
  return {
    accountNo,
    businessDay,
    reference: clearingMatchingReference({ departmentId, businessDay, accountNo }),
    debit: 0,
    credited: 0,
    fee: null,
    open: 0,
    dueDate: addBankingDays(businessDay, openAfterBankingDays),
    status: 'pending',
    flagged: false,
    late: false,
    settledOn: null,
    balanceAfter: 0,
    debitTransactionIds: [],
    matches: [],
    candidateTransactionIds: [],
  };
}

function byDateThenId(a: LedgerTransaction, b: LedgerTransaction): number {
  return a.postingDate < b.postingDate ? -1 : a.postingDate > b.postingDate ? 1 : a.id - b.id;
}

/** Spreads a credit over days in date order: each takes what it still has open, the last one the rest. */
function allocate(credit: LedgerTransaction, targets: DayState[], by: ClearingMatch['by']): void {
  let left = -credit.amount;
  targets.forEach((state, i) => {
    const day = state.day;
    const isLast = i === targets.length - 1;
    const open = day.debit - day.credited;
    const amount = isLast ? left : Math.max(0, Math.min(open, left));
    left -= amount;
    day.credited += amount;
    day.matches.push({
      transactionId: credit.id,
      voucherNo: credit.voucherNo,
      voucherId: credit.voucherId,
      postingDate: credit.postingDate,
      amount,
      by,
      sharedWith: targets.filter((t) => t !== state).map((t) => t.day.businessDay),
    });
  });
}

/**
 * The days a credit without a reference most likely settles: one day, or two or three consecutive
 * days of the account, none settled yet, all before the credit's date and within the lag, whose
 * open sum S has the credit within [S − tolerance, S]. One day beats several; then the settlement
 * closest to "the next banking day", then the smallest difference, then the earliest day.
 */
function bestGroup(
  credit: LedgerTransaction,
  ordered: DayState[],
  toleranceBp: number,
  lagDays: number,
): DayState[] | null {
  const amount = -credit.amount;
  const earliest = addDays(credit.postingDate, -lagDays);
  let best: { group: DayState[]; score: [number, number, number, string] } | null = null;
  for (let i = 0; i < ordered.length; i++) {
    for (let size = 1; size <= MAX_DAYS_PER_SETTLEMENT && i + size <= ordered.length; size++) {
      const group = ordered.slice(i, i + size);
      if (group.some((s) => s.day.credited !== 0 || s.day.debit <= 0)) break;
      const first = group[0]!.day.businessDay;
      const last = group[group.length - 1]!.day.businessDay;
      if (first < earliest || last >= credit.postingDate) break;
      // Consecutive: no other day of the account lies between them.
      const sum = group.reduce((s, g) => s + g.day.debit, 0);
      const tolerance = Math.floor((sum * toleranceBp) / 10_000);
      if (amount > sum || amount < sum - tolerance) continue;
      const lag = Math.abs(bankingDaysBetween(last, credit.postingDate) - 1);
      const score: [number, number, number, string] = [size, lag, sum - amount, first];
      if (!best || compareScore(score, best.score) < 0) best = { group, score };
    }
  }
  return best?.group ?? null;
}

function compareScore(a: [number, number, number, string], b: [number, number, number, string]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}

/** A settlement voucher's fee, split over the days it settles in proportion to what each took. */
function assignFees(ordered: DayState[], feeByVoucher: ReadonlyMap<string, number>): void {
  const shares = new Map<string, { day: ClearingDay; amount: number }[]>();
  for (const { day } of ordered) {
    for (const m of day.matches) {
      if (!feeByVoucher.has(m.voucherId)) continue;
      const list = shares.get(m.voucherId) ?? [];
      list.push({ day, amount: m.amount });
      shares.set(m.voucherId, list);
    }
  }
  for (const [voucherId, list] of shares) {
    const fee = feeByVoucher.get(voucherId) ?? 0;
    const total = list.reduce((s, x) => s + x.amount, 0);
    let left = fee;
    list.forEach((x, i) => {
      const part = i === list.length - 1 || total === 0 ? left : Math.round((fee * x.amount) / total);
      left -= part;
      x.day.fee = (x.day.fee ?? 0) + part;
    });
  }
}

/** The balance at the end of a date: Σ of the period's transactions posted up to and including it. */
function runningBalance(inPeriod: readonly LedgerTransaction[]): (date: string) => number {
  const dates: string[] = [];
  const sums: number[] = [];
  let sum = 0;
  for (const t of inPeriod) {
    sum += t.amount;
    if (dates[dates.length - 1] === t.postingDate) sums[sums.length - 1] = sum;
    else {
      dates.push(t.postingDate);
      sums.push(sum);
    }
  }
  return (date) => {
    let lo = 0;
    let hi = dates.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid]! <= date) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? 0 : sums[found]!;
  };
}

/** Credits no day took, dated after the day and within a month of it, closest in amount first. */
function candidatesFor(day: ClearingDay, unmatched: readonly LedgerTransaction[]): number[] {
  const until = addDays(day.businessDay, 31);
  const target = Math.abs(day.open);
  return unmatched
    .filter((t) => t.postingDate > day.businessDay && t.postingDate <= until)
    .sort((a, b) => Math.abs(-a.amount - target) - Math.abs(-b.amount - target) || a.id - b.id)
    .slice(0, CANDIDATES_PER_DAY)
    .map((t) => t.id);
}
