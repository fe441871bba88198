/*
 * Tables of migration 0018: the clearing-account reconciliation's settings and its cached reads.
 */

/** Per payment type with a clearing account: when a day counts as overdue, and the fee tolerance. */
export interface ClearingSettingsTable {
  company_id: string;
  payment_type_id: string;
  open_after_banking_days: number;
  /** Basis points: 300 = 3 %. */
  fee_tolerance_bp: number;
  updated_at: string;
}

/** The last read of PowerOffice's account transactions for one department and window. */
export interface ReconciliationReadsTable {
  company_id: string;
  department_id: string;
  read_key: string;
  /** JSON: the clearing accounts' transactions, amounts in øre. */
  transactions: string;
  /** JSON: the other lines of the vouchers that credit them (bank, fee). */
  settlement_lines: string;
  /** How many PowerOffice requests the read took. */
  requests: number;
  read_at: string;
}

export interface ReconciliationTables {
  clearing_settings: ClearingSettingsTable;
  reconciliation_reads: ReconciliationReadsTable;
}
