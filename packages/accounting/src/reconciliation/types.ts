/** One posted ledger line as PowerOffice's AccountTransactions return it, amounts in øre (debit positive). */
export interface LedgerTransaction {
  id: number;
  accountNo: number;
  postingDate: string;
  amount: number;
  description: string | null;
  voucherDescription: string | null;
  voucherId: string;
  voucherNo: number;
  voucherType: string | null;
  externalImportReference: string | null;
  /** The voucher it belongs to has been reversed. */
  isReversed: boolean;
  /** Set on the lines of a reversal voucher: the voucher it reverses. */
  reversedVoucherId: string | null;
}

export interface ClearingAccountSetting {
  accountNo: number;
  /** A day still open this many banking days after it is flagged (default 3). */
  openAfterBankingDays: number;
  /** This account's fee tolerance, in basis points; default the input's `feeToleranceBp`. */
  feeToleranceBp?: number;
}

export interface ReconcileInput {
  /** The department reconciled: its day vouchers are the ones whose reference carries its tag. */
  departmentId: string;
  accounts: readonly ClearingAccountSetting[];
  /** Every transaction on the accounts in the window read (wider than the period: see docs/reconciliation.md). */
  transactions: readonly LedgerTransaction[];
  /** The other lines of the vouchers that credit the accounts (bank, fee), for the fee. */
  settlementLines?: readonly LedgerTransaction[];
  /** The period shown, business days. */
  from: string;
  to: string;
  /** Today in Oslo: a day is overdue once today is past its due date. */
  today: string;
  /** How far below the day's amount a settlement without a reference may be (the acquirer's fee), in basis points. */
  feeToleranceBp: number;
  /** How many calendar days after a business day a settlement without a reference may come. Default 14. */
  maxSettlementLagDays?: number;
}

/**
 * `settled`: nothing open. `within_tolerance`: settled but for a remainder within the fee tolerance
 * (typically a fee the settlement did not book). `pending`: open, not yet due. `missing`: due and
 * nothing has come. `short`: due and less has come than the day took. `over`: more has come.
 */
export type ClearingDayStatus = 'settled' | 'within_tolerance' | 'pending' | 'missing' | 'short' | 'over';

export interface ClearingMatch {
  transactionId: number;
  voucherNo: number;
  voucherId: string;
  postingDate: string;
  /** The part of the credit that settles this day, øre, positive. */
  amount: number;
  by: 'reference' | 'amount';
  /** The other business days the same credit settles (a settlement covering several days). */
  sharedWith: string[];
}

export interface ClearingDay {
  accountNo: number;
  businessDay: string;
  reference: string;
  /** What the department's vouchers debited the account for the day, øre (corrections and reversals included). */
  debit: number;
  /** What settlements credited against it, øre, positive. */
  credited: number;
  /** The fee booked in the settlements (their lines on cost accounts), øre; null when none is booked. */
  fee: number | null;
  /** debit − credited. */
  open: number;
  /** The banking day by which it should be settled. */
  dueDate: string;
  status: ClearingDayStatus;
  /** Open and past its due date, or settled for more than it took: someone should look. */
  flagged: boolean;
  /** Settled, but after its due date. */
  late: boolean;
  /** The date of the last settlement counted. */
  settledOn: string | null;
  /** The account's balance at the end of the day's date, from the period's first day. */
  balanceAfter: number;
  debitTransactionIds: number[];
  matches: ClearingMatch[];
  /** For a flagged day: credits no day took that could belong to it, best first. */
  candidateTransactionIds: number[];
}

export interface ClearingAccountReconciliation {
  accountNo: number;
  openAfterBankingDays: number;
  /** The department's days in the period with a debit on the account, oldest first. */
  days: ClearingDay[];
  /** Σ of every transaction on the account with a posting date in the period: its movement. */
  periodMovement: number;
  /** Σ open of the period's days. */
  openTotal: number;
  flaggedDays: number;
  /** Credits in the window that no day of the department took (another department's, or unexplained). */
  unmatchedCreditIds: number[];
}

export interface Reconciliation {
  from: string;
  to: string;
  accounts: ClearingAccountReconciliation[];
}
