/*
 * Tables of migration 0011: PowerOffice's request budget shared by every BFF instance.
 */

/** One request that may be counted by PowerOffice at once; free when `busy_until` has passed. */
export interface PowerOfficeBudgetSlotsTable {
  /** A hash naming the budget (API host and subscription key, or the refresh budget). */
  budget_key: string;
  slot: number;
  /** ISO instant: in flight until then at most, or counted by PowerOffice until then. */
  busy_until: string;
  /** A random token of whoever holds the slot, so only they release it early. */
  holder: string | null;
}

/** After a 429 nobody on the key sends until `blocked_until`. */
export interface PowerOfficeBudgetsTable {
  budget_key: string;
  blocked_until: string;
}

export interface PowerOfficeBudgetTables {
  poweroffice_budget_slots: PowerOfficeBudgetSlotsTable;
  poweroffice_budgets: PowerOfficeBudgetsTable;
}
