import type { ProductType, ProductTypeBody } from '@qo/contracts';
import {
  findProductType,
  insertProductType,
  listProductTypes,
  updateProductType,
  type ProductTypeRow,
} from '@qo/db';
import type { ChartData } from '../../services/mappings/chart';
import type { CompanyMapping, MappingContext } from '../../services/mappings/company-mapping';
import { chartFor } from '../../services/mappings/mapping-context';
import { productTypeProblems } from '../../services/mappings/mapping-rules';

function toProductType(row: ProductTypeRow, chart: ChartData | null): ProductType {
  const body = {
    kind: row.kind,
    normalAccountNo: row.normal_account_no,
    reducedAccountNo: row.reduced_account_no,
  };
  return { id: row.id, name: row.name, ...body, problems: productTypeProblems(body, chart) };
}

/** What the audit log keeps of a product type: the mapping, nothing derived. */
const auditedProductType = (row: ProductTypeRow): ProductTypeBody => ({
  name: row.name,
  kind: row.kind,
  normalAccountNo: row.normal_account_no,
  reducedAccountNo: row.reduced_account_no,
});

/** Produkttyper as a company mapping: revenue accounts judged against the chart alone. */
export const productTypeMapping: CompanyMapping<
  ProductTypeRow,
  ProductTypeBody,
  MappingContext,
  ProductType
> = {
  entity: 'product_type',
  subject: 'Produkttypen',
  accountFields: ['normalAccountNo', 'reducedAccountNo'],
  loadContext: async (app, companyId, departmentId) => ({
    chart: await chartFor(app, companyId, departmentId),
  }),
  problems: (body, { chart }) => productTypeProblems(body, chart),
  show: (row, { chart }) => toProductType(row, chart),
  audited: auditedProductType,
  // A changed kind re-judges both accounts (a sales account is not a gift-card liability).
  judgesAllAccounts: (before, body) => before.kind !== body.kind,
  list: listProductTypes,
  find: findProductType,
  insert: insertProductType,
  update: updateProductType,
};
