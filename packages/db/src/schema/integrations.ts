/*
 * Tables of migration 0003 (Integrasjoner). Same conventions as foundation.ts: text ids, ISO-8601
 * UTC text instants, booleans as 0/1 integers.
 */

export type IntegrationStatusColumn = 'connected' | 'error' | 'disconnected';

export interface DepartmentIntegrationsTable {
  id: string;
  company_id: string;
  department_id: string;
  /** 'error' = the key stopped working (PowerOffice refused it); 'disconnected' = history only. */
  status: IntegrationStatusColumn;
  /** 0 = main "Quickorder" application key, 1..9 = "QuickOrder Add-on N". */
  slot: number;
  /** AES-256-GCM sealed client key (base64 of iv | tag | ciphertext); never the key itself. */
  client_key_ciphertext: string;
  /** Which SECRETS_KEY sealed it, so keys can be rotated. */
  client_key_key_id: string;
  /** e.g. "••••••••-••••-••••-••••-••••••4f3a": all the UI ever sees of the key. */
  client_key_mask: string;
  poweroffice_client_id: string;
  poweroffice_client_name: string | null;
  /** JSON array of privilege names the integration needs but the client does not grant. */
  missing_privileges: string;
  /** JSON array of the privileges the client grants (ValidPrivileges less InvalidPrivileges); null = not read since 0014. */
  granted_privileges: string | null;
  poweroffice_department_id: number | null;
  poweroffice_department_code: string | null;
  poweroffice_department_name: string | null;
  auto_export: number;
  /** When automatic export was last switched on: days before it are never posted automatically. */
  auto_export_since: string | null;
  auto_invoice: number;
  connected_at: string;
  disconnected_at: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  /** PowerOffice's own words for the last failure. */
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export type PowerOfficeListName = 'accounts' | 'vat-codes' | 'departments' | 'customers' | 'products';

export interface PowerOfficeListCacheTable {
  poweroffice_client_id: string;
  list: PowerOfficeListName;
  /** JSON array of PowerOffice's DTOs as received. */
  items: string;
  fetched_at: string;
}

export interface IntegrationTables {
  department_integrations: DepartmentIntegrationsTable;
  poweroffice_list_cache: PowerOfficeListCacheTable;
}
