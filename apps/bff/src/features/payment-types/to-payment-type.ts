import type { PaymentType } from '@qo/contracts';
import type { PaymentTypeRow } from '@qo/db';
import type { ChartData } from '../setup/chart';
import { paymentTypeProblems } from '../setup/mapping-rules';

export function toPaymentType(row: PaymentTypeRow, chart: ChartData | null, invoicingOn: boolean): PaymentType {
  const body = { kind: row.kind, accountNo: row.account_no, transferToAccounting: row.transfer_to_accounting === 1 };
  return { id: row.id, name: row.name, ...body, problems: paymentTypeProblems(body, chart, invoicingOn) };
}

export const auditedPaymentType = (row: PaymentTypeRow) => ({
  name: row.name,
  kind: row.kind,
  accountNo: row.account_no,
  transferToAccounting: row.transfer_to_accounting === 1,
});
