import type { PaymentType, PaymentTypeBody } from '@qo/contracts';
import {
  findPaymentType,
  insertPaymentType,
  listPaymentTypes,
  updatePaymentType,
  type PaymentTypeRow,
} from '@qo/db';
import type { ChartData } from '../../services/mappings/chart';
import type { CompanyMapping } from '../../services/mappings/company-mapping';
import { isInvoicingOn } from '../../services/mappings/invoicing';
import { chartFor } from '../../services/mappings/mapping-context';
import { paymentTypeProblems } from '../../services/mappings/mapping-rules';

function toPaymentType(row: PaymentTypeRow, chart: ChartData | null, invoicingOn: boolean): PaymentType {
  const body = {
    kind: row.kind,
    accountNo: row.account_no,
    transferToAccounting: row.transfer_to_accounting === 1,
  };
  return { id: row.id, name: row.name, ...body, problems: paymentTypeProblems(body, chart, invoicingOn) };
}

const auditedPaymentType = (row: PaymentTypeRow): PaymentTypeBody => ({
  name: row.name,
  kind: row.kind,
  accountNo: row.account_no,
  transferToAccounting: row.transfer_to_accounting === 1,
});

/** Kreditt's rule depends on whether a department invoices automatically, so that is read beside the chart. */
type PaymentTypeContext = { chart: ChartData | null; invoicingOn: boolean };

/** Betalingstyper as a company mapping: one ledger account, judged with the invoicing switch. */
export const paymentTypeMapping: CompanyMapping<
  PaymentTypeRow,
  PaymentTypeBody,
  PaymentTypeContext,
  PaymentType
> = {
  entity: 'payment_type',
  subject: 'Betalingstypen',
  accountFields: ['accountNo'],
  loadContext: async (app, companyId, departmentId) => {
    const [chart, invoicingOn] = await Promise.all([
      chartFor(app, companyId, departmentId),
      isInvoicingOn(app.db, companyId),
    ]);
    return { chart, invoicingOn };
  },
  problems: (body, { chart, invoicingOn }) => paymentTypeProblems(body, chart, invoicingOn),
  show: (row, { chart, invoicingOn }) => toPaymentType(row, chart, invoicingOn),
  audited: auditedPaymentType,
  list: listPaymentTypes,
  find: findPaymentType,
  insert: insertPaymentType,
  update: updatePaymentType,
};
