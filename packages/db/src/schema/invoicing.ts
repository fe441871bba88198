/*
 * Tables of migration 0006 (Kunder and automatic invoicing). Same conventions as foundation.ts.
 */

export interface CustomerPowerOfficeLinksTable {
  customer_id: string;
  company_id: string;
  /** The PowerOffice client the customer id belongs to. */
  poweroffice_client_id: string;
  poweroffice_customer_id: number;
  poweroffice_customer_no: number | null;
  poweroffice_customer_name: string;
  poweroffice_org_no: string | null;
  linked_by: string | null;
  linked_at: string;
}

export interface ProductTypePowerOfficeProductsTable {
  product_type_id: string;
  company_id: string;
  poweroffice_client_id: string;
  poweroffice_product_id: number;
  product_code: string | null;
  product_name: string;
  /** The product's standard (normal VAT) and optional (reduced VAT) sales accounts when linked. */
  standard_account_no: number | null;
  optional_account_no: number | null;
  linked_at: string;
}

/** 'sending' = claimed by a worker; the send may or may not have reached PowerOffice. */
export type SalesOrderOutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'not_linked';

export interface SalesOrderOutboxTable {
  id: string;
  company_id: string;
  department_id: string;
  order_id: string;
  customer_id: string | null;
  status: SalesOrderOutboxStatus;
  /** The sales order's ExternalImportReference: the same on every attempt. */
  reference: string;
  attempts: number;
  next_attempt_at: string;
  claimed_at: string | null;
  sent_at: string | null;
  order_no: number | null;
  poweroffice_order_id: string | null;
  /** Why it is not sent: not_linked, product_not_linked, totals_mismatch, refused, unavailable, … */
  error_code: string | null;
  /** In the user's words, PowerOffice's own text where it gave one. */
  error: string | null;
  created_at: string;
  updated_at: string;
}

export interface InvoicingTables {
  customer_poweroffice_links: CustomerPowerOfficeLinksTable;
  product_type_poweroffice_products: ProductTypePowerOfficeProductsTable;
  sales_order_outbox: SalesOrderOutboxTable;
}
