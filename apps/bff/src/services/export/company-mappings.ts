import type { VoucherMappings } from '@qo/accounting';
import {
  getAccountingSettings,
  listPaymentTypes,
  listProductTypes,
  listVatCodes,
  type Database,
  type Kysely,
} from '@qo/db';

/** The company's three mappings and rounding account, in the shape the voucher builder reads. */
export async function loadVoucherMappings(
  db: Kysely<Database>,
  companyId: string,
  autoInvoice: boolean,
): Promise<VoucherMappings> {
  const [productTypes, vatCodes, paymentTypes, settings] = await Promise.all([
    listProductTypes(db, companyId),
    listVatCodes(db, companyId),
    listPaymentTypes(db, companyId),
    getAccountingSettings(db, companyId),
  ]);
  return {
    productTypes: productTypes.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      normalAccountNo: p.normal_account_no,
      reducedAccountNo: p.reduced_account_no,
    })),
    vatCodes: vatCodes.map((v) => ({ rate: v.rate, powerOfficeVatCode: v.poweroffice_vat_code })),
    paymentTypes: paymentTypes.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      accountNo: p.account_no,
      transferToAccounting: p.transfer_to_accounting === 1,
    })),
    roundingAccountNo: settings.roundingAccountNo,
    autoInvoice,
  };
}
