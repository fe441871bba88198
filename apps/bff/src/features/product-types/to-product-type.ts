import type { ProductType } from '@qo/contracts';
import type { ProductTypeRow } from '@qo/db';
import type { ChartData } from '../setup/chart';
import { productTypeProblems } from '../setup/mapping-rules';

export function toProductType(row: ProductTypeRow, chart: ChartData | null): ProductType {
  const body = { kind: row.kind, normalAccountNo: row.normal_account_no, reducedAccountNo: row.reduced_account_no };
  return { id: row.id, name: row.name, ...body, problems: productTypeProblems(body, chart) };
}

/** What the audit log keeps of a product type: the mapping, nothing derived. */
export const auditedProductType = (row: ProductTypeRow) => ({
  name: row.name,
  kind: row.kind,
  normalAccountNo: row.normal_account_no,
  reducedAccountNo: row.reduced_account_no,
});
