import type { Generated } from 'kysely';

/*
 * Tables of migration 0001 (foundation). Portable conventions (docs/decisions/0004-portable-schema.md):
 * ids are text uuids, instants ISO-8601 UTC text (`2026-03-14T00:41:07.000Z`, sorts in both
 * databases), money integer øre, booleans integer 0/1, JSON as text.
 */

export type RoleColumn = 'owner' | 'accountant' | 'staff';
/** 0 or 1: SQLite has no boolean type, so both databases store an integer. */
export type BoolInt = 0 | 1;

export interface CompaniesTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  company_id: string;
  /** Stored lower-cased; unique across the installation. */
  email: string;
  name: string;
  password_hash: string;
  role: RoleColumn;
  failed_login_count: Generated<number>;
  locked_until: string | null;
  last_login_at: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie value, so a leaked table does not yield live sessions. */
  id_hash: string;
  user_id: string;
  expires_at: string;
  created_at: string;
}

export interface DepartmentsTable {
  id: string;
  company_id: string;
  name: string;
  /** 'HH:MM' in the department's time zone. */
  business_day_start: string;
  timezone: string;
  created_at: string;
  updated_at: string;
}

export interface ProductTypesTable {
  id: string;
  company_id: string;
  name: string;
  kind: 'sales' | 'gift_card';
  normal_account_no: number | null;
  reduced_account_no: number | null;
  created_at: string;
  updated_at: string;
}

export interface VatCodesTable {
  company_id: string;
  rate: number;
  poweroffice_vat_code: string | null;
  updated_at: string;
}

export type PaymentKind = 'cash' | 'card' | 'mobile' | 'gift_card' | 'credit' | 'other';

export interface PaymentTypesTable {
  id: string;
  company_id: string;
  name: string;
  kind: PaymentKind;
  account_no: number | null;
  transfer_to_accounting: BoolInt;
  created_at: string;
  updated_at: string;
}

export interface AccountingSettingsTable {
  company_id: string;
  rounding_account_no: number | null;
  updated_at: string;
}

export interface CustomersTable {
  id: string;
  company_id: string;
  /** The POS's own customer id (the POS owns the register). */
  external_id: string;
  name: string;
  org_no: string | null;
  email: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: string;
  company_id: string;
  /** null when the system acted (jobs, POS ingest). */
  user_id: string | null;
  at: string;
  entity: string;
  entity_id: string;
  action: string;
  old_json: string | null;
  new_json: string | null;
}

export interface FoundationTables {
  companies: CompaniesTable;
  users: UsersTable;
  sessions: SessionsTable;
  departments: DepartmentsTable;
  product_types: ProductTypesTable;
  vat_codes: VatCodesTable;
  payment_types: PaymentTypesTable;
  accounting_settings: AccountingSettingsTable;
  customers: CustomersTable;
  audit_log: AuditLogTable;
}
