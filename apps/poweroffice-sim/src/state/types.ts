import type { AccountType } from '../seed/chart.js';
import type { SeedVatCode } from '../seed/vat-codes.js';

export interface Account {
  id: number;
  accountNo: number;
  name: string;
  type: AccountType;
  vatCodeId: number | null;
  isVatCodeLocked: boolean;
  isActive: boolean;
  isSubledgerControl: boolean;
  lastChanged: string;
}

export type VatCode = SeedVatCode;

export interface Department {
  id: number;
  code: string;
  name: string;
  isActive: boolean;
  created: string;
}

export interface Customer {
  id: number;
  number: number;
  subledgerAccountId: number;
  name: string;
  organizationNumber: string;
  emailAddress: string;
  city: string;
  zipCode: string;
  isActive: boolean;
  created: string;
}

export interface Product {
  id: number;
  code: string;
  name: string;
  unitPriceOre: number;
  standardAccountId: number;
  optionalAccountId: number | null;
  type: 'Product' | 'Service';
  isArchived: boolean;
  created: string;
}

export interface VoucherLine {
  id: number;
  accountId: number;
  amountOre: number;
  currencyCode: string;
  departmentId: number | null;
  description: string | null;
  externalLineReference: string | null;
  postingDate: string;
  vatId: number | null;
  raw: Record<string, unknown>;
}

export interface Voucher {
  id: string;
  voucherNo: number;
  /** `BankJournal`: a settlement booked through the admin API (`/_sim/clients/{id}/settlements`). */
  voucherType: 'ManualJournal' | 'CashJournal' | 'BankJournal' | 'ReversalVoucher';
  /** Interim-number fault: the POST answered with 0; the final `voucherNo` shows only on a re-read. */
  answeredVoucherNo?: number;
  voucherDate: string;
  currencyCode: string;
  description: string | null;
  externalImportReference: string | null;
  importedVoucherNo: number | null;
  saftBatchId: string | null;
  saftSourceId: string | null;
  isReversed: boolean;
  reversedByVoucherId: string | null;
  reversalOfVoucherId: string | null;
  created: string;
  createdByApplicationKey: string;
  lines: VoucherLine[];
}

export interface AccountTransaction {
  id: number;
  voucherId: string;
  voucherNo: number;
  voucherType: Voucher['voucherType'];
  voucherDate: string;
  voucherDescription: string | null;
  postingDate: string;
  accountId: number;
  accountNo: number;
  customerAccountNo: number | null;
  amountOre: number;
  currencyCode: string;
  departmentId: number | null;
  departmentCode: string | null;
  description: string | null;
  externalImportReference: string | null;
  importedVoucherNo: number | null;
  vatId: number;
  vatCode: string | null;
  vatRateBp: number;
  vatAmountOre: number;
  isReversed: boolean;
  reversedVoucherId: string | null;
  reversedVoucherNo: number | null;
  created: string;
}

export interface SalesOrderLine {
  id: string;
  productId: number | null;
  productCode: string | null;
  description: string | null;
  quantity: number | null;
  unitPriceOre: number | null;
  allowance: number | null;
  netOre: number;
  vatOre: number;
  vatId: number | null;
  vatCode: string | null;
  vatRateBp: number | null;
  useStandardSalesAccount: boolean | null;
  lineType: string;
  sortOrder: number;
  externalImportReference: string | null;
  departmentId: number | null;
  departmentCode: string | null;
}

export interface SalesOrder {
  id: string;
  salesOrderNo: number;
  customerId: number;
  customerNo: number;
  salesOrderDate: string;
  deliveryDate: string | null;
  externalImportReference: string | null;
  importedOrderNo: number | null;
  customerReference: string | null;
  purchaseOrderReference: string | null;
  departmentId: number | null;
  departmentCode: string | null;
  currencyCode: string;
  status: 'Draft' | 'Confirmed';
  created: string;
  createdByApplicationKey: string;
  lines: SalesOrderLine[];
}

export interface ClientLedger {
  id: string;
  index: number;
  name: string;
  organizationNumber: string;
  activeSubscriptions: readonly string[];
  /** What the integration was granted on this client (before InvalidPrivileges are taken out). */
  privileges: readonly string[];
  invalidPrivileges: readonly string[];
  lockDate: string;
  accounts: Account[];
  vatCodes: readonly VatCode[];
  departments: Department[];
  customers: Customer[];
  products: Product[];
  vouchers: Voucher[];
  transactions: AccountTransaction[];
  salesOrders: SalesOrder[];
  nextVoucherNo: number;
  nextSalesOrderNo: number;
  nextLineId: number;
  nextTransactionId: number;
}
