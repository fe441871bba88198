/*
 * Table of migration 0010: the claim on one (department, business day). Every state change of a
 * day (its voucher posted, a correction, a reversal, its documentation uploaded) runs while
 * holding it, so no two of them interleave, also across BFF instances on one database.
 */

export type DayClaimPurposeColumn = 'transfer' | 'correction' | 'reversal' | 'documentation';

export interface ExportDayClaimsTable {
  department_id: string;
  business_day: string;
  /** A fresh id per taking: only the holder renews or releases it. */
  holder: string;
  /** What the holder is doing with the day (told to whoever finds it taken). */
  purpose: DayClaimPurposeColumn;
  /** Renewed while held; past it, anyone may take the claim over (its holder is gone). */
  lease_until: string;
  claimed_at: string;
}

export interface DayClaimTables {
  export_day_claims: ExportDayClaimsTable;
}
