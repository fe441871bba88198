/*
 * Tables of migration 0002 (POS ingest). Same conventions as foundation.ts. Lines and payments
 * repeat their order's department_id and closed_at so a business day's totals are one indexed
 * range scan per table, without a join.
 */

export interface PosDeviceTokensTable {
  id: string;
  department_id: string;
  label: string;
  /** sha256 (hex) of the token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export type OrderTypeColumn = 'dine_in' | 'takeaway';

export interface OrdersTable {
  id: string;
  department_id: string;
  /** The POS's order id, unique per department. */
  pos_id: string;
  /** ISO-8601 UTC text: text order is time order. */
  closed_at: string;
  order_type: OrderTypeColumn;
  /** customers.id (not the POS's customer id), for credit sales. */
  customer_id: string | null;
  /** T = Σ line totals, øre incl. VAT. */
  total: number;
  /** r = Σ(amount − tip) − T: the cash rounding. */
  rounding: number;
  tips: number;
  /** sha256 of the order's canonical content: a resend with other content is a conflict. */
  content_hash: string;
  created_at: string;
  updated_at: string;
}

export interface OrderLinesTable {
  order_id: string;
  line_no: number;
  department_id: string;
  closed_at: string;
  product_type_id: string;
  description: string;
  quantity: number;
  unit_price: number;
  discount: number;
  vat_rate: number;
  /** quantity × unit_price − discount. */
  total: number;
}

export interface OrderPaymentsTable {
  order_id: string;
  line_no: number;
  department_id: string;
  closed_at: string;
  payment_type_id: string;
  /** What the payment took, incl. tip. */
  amount: number;
  tip: number;
}

export type CashMovementKindColumn = 'float' | 'deposit' | 'withdrawal';

export interface CashMovementsTable {
  id: string;
  department_id: string;
  pos_id: string;
  at: string;
  kind: CashMovementKindColumn;
  /** Øre, as the POS sent it; the kind says the direction. */
  amount: number;
  note: string;
  content_hash: string;
  created_at: string;
}

/** Σ line totals of a department's orders closed in one UTC hour ('YYYY-MM-DDTHH'), per (product type, VAT rate). Kept by the ingest. */
export interface PosHourLineTotalsTable {
  department_id: string;
  hour: string;
  product_type_id: string;
  vat_rate: number;
  amount: number;
}

/** Σ payments of a department's orders closed in one UTC hour, per payment type (amount incl. tips, tips, how many). Kept by the ingest. */
export interface PosHourPaymentTotalsTable {
  department_id: string;
  hour: string;
  payment_type_id: string;
  amount: number;
  tip: number;
  payments: number;
}

export interface PosTables {
  pos_device_tokens: PosDeviceTokensTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  order_payments: OrderPaymentsTable;
  cash_movements: CashMovementsTable;
  pos_hour_line_totals: PosHourLineTotalsTable;
  pos_hour_payment_totals: PosHourPaymentTotalsTable;
}
