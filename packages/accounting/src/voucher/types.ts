/**
 * Inputs and output of the voucher builder. The inputs are structural, so the POS order type of
 * @qo/contracts and rows read from the database fit without conversion.
 */

export type VatRate = 25 | 15 | 12 | 0 | number;

/**
 * The SAF-T code of a line without VAT (payments, gift cards sold and redeemed, rounding). A
 * voucher line keeps `vatCode: null` for it (written "–" in the worked day); it is posted to
 * PowerOffice with this code, as PowerOffice's POS workflow wants on every line.
 */
export const NO_VAT_CODE = '0';

export interface OrderLineInput {
  productTypeId: string;
  description?: string;
  /** Integer; negative on returns. */
  quantity: number;
  /** Øre incl. VAT. */
  unitPrice: number;
  /** Øre incl. VAT, off the line total. */
  discount: number;
  vatRate: VatRate;
}

export interface PaymentInput {
  paymentTypeId: string;
  /** What the payment took, incl. tip, øre. */
  amount: number;
  tip: number;
}

export interface OrderInput {
  id: string;
  closedAt: string;
  orderType: 'dine_in' | 'takeaway' | string;
  customerId?: string | null;
  lines: readonly OrderLineInput[];
  payments: readonly PaymentInput[];
}

export interface CashMovementInput {
  id?: string;
  at?: string;
  kind: 'float' | 'deposit' | 'withdrawal' | string;
  amount: number;
}

export interface ProductTypeMapping {
  id: string;
  name: string;
  kind: 'sales' | 'gift_card';
  /** 25 % lines; for a gift-card type, the liability account. */
  normalAccountNo: number | null;
  /** 15 % lines. */
  reducedAccountNo: number | null;
  /** 12 % lines; when left out (undefined) the normal account is used. */
  lowAccountNo?: number | null;
  /** 0 % lines; when left out (undefined) the normal account is used. */
  zeroAccountNo?: number | null;
}

export type PaymentKind = 'cash' | 'card' | 'mobile' | 'gift_card' | 'credit' | 'other';

export interface PaymentTypeMapping {
  id: string;
  name: string;
  kind: PaymentKind;
  accountNo: number | null;
  transferToAccounting: boolean;
}

export interface VatCodeMapping {
  rate: VatRate;
  powerOfficeVatCode: string | null;
}

export interface VoucherMappings {
  productTypes: readonly ProductTypeMapping[];
  vatCodes: readonly VatCodeMapping[];
  paymentTypes: readonly PaymentTypeMapping[];
  roundingAccountNo: number | null;
  /** Automatic invoicing: credit orders go to PowerOffice as sales orders. */
  autoInvoice: boolean;
}

/** What is known of the connected PowerOffice client; every part optional (checks skipped when absent). */
export interface PowerOfficeFacts {
  accounts?: readonly {
    accountNo: number;
    name?: string;
    isActive: boolean;
    /** The account's VAT code (e.g. "3"), null/"0" for none. */
    vatCode?: string | null;
    /** Only `vatCode` may be used on the account. */
    isVatCodeLocked?: boolean;
  }[];
  vatCodes?: readonly { code: string; isActive: boolean }[];
  /** Postings on or before this date are refused. */
  lockDate?: string | null;
}

export interface DayVoucherInput {
  businessDay: string;
  orders: readonly OrderInput[];
  cashMovements?: readonly CashMovementInput[];
  mappings: VoucherMappings;
  powerOffice?: PowerOfficeFacts;
  /** When given, orders closed outside the day's window are reported as a problem. */
  businessDayStart?: string;
}

export type VoucherLineSource = 'revenue' | 'payment' | 'rounding' | 'gift_card_sold' | 'gift_card_redeemed';

export interface VoucherLine {
  accountNo: number | null;
  accountName?: string;
  vatCode: string | null;
  /** Øre; debit positive, credit negative, never 0. */
  amount: number;
  description: string;
  source: VoucherLineSource;
  /** Set when exactly one product type / payment type makes up the line. */
  productTypeId?: string;
  paymentTypeId?: string;
}

export type ProblemCode =
  | 'missing_account'
  | 'missing_vat_code'
  | 'missing_rounding_account'
  | 'unknown_product_type'
  | 'unknown_payment_type'
  | 'account_not_found'
  | 'account_inactive'
  | 'vat_code_not_found'
  | 'vat_code_inactive'
  | 'vat_code_not_allowed'
  | 'credit_transferred_while_invoicing'
  | 'locked_period'
  | 'unbalanced_order'
  | 'order_outside_day';

/**
 * Where a problem is fixed, named by what needs changing, not by a URL of any app: a product type's
 * or payment type's mapping (`id`: its id), the VAT code of a VAT rate (`id`: the rate, "25"), the
 * rounding account, or the PowerOffice connection. `id` null: the list, no row in particular.
 * The same shape as `FixTarget` of `@qo/contracts`.
 */
export type FixTarget =
  | { kind: 'product-type'; id: string | null }
  | { kind: 'payment-type'; id: string | null }
  | { kind: 'vat-code'; id: string | null }
  | { kind: 'rounding-account' }
  | { kind: 'connection' };

export interface VoucherProblem {
  code: ProblemCode;
  message: string;
  /** What to change to fix it (the app maps it to a page); null when the POS data itself is wrong. */
  fix: FixTarget | null;
  /** What it is about: a product type id, payment type id, VAT rate, account number or order id. */
  ref?: string;
  /** Index into `lines` of the line it belongs to, when it belongs to one. */
  lineIndex?: number;
}

export interface ExcludedPayment {
  paymentTypeId: string;
  name: string;
  /** Σ (amount − tip) of this payment type's payments, øre. */
  amount: number;
  /** Number of orders with such a payment. */
  orders: number;
}

export interface NotTransferred {
  /** Σ tip of every payment: tips are never transferred. */
  tips: number;
  cashMovements: { id?: string; at?: string; kind: string; amount: number }[];
  excludedPayments: ExcludedPayment[];
  /** Σ (T − R_on): the sales share that went out with the excluded payments. */
  sales: number;
}

export interface DayVoucher {
  businessDay: string;
  /** Ordered: payments by account, revenue by account and VAT code, gift cards sold, rounding. */
  lines: VoucherLine[];
  sum: number;
  problems: VoucherProblem[];
  notTransferred: NotTransferred;
}
