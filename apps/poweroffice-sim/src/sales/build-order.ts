import { z } from 'zod';
import { FieldErrors } from '../http/problem.js';
import { deterministicUuid } from '../keys.js';
import { kronerToOre, vatOfNet } from '../ledger/money.js';
import type { ClientLedger, SalesOrder, SalesOrderLine } from '../state/types.js';

const isoDate = /^\d{4}-\d{2}-\d{2}/;

export const salesOrderCompletePostSchema = z.looseObject({
  CustomerId: z.number().int().nullish(),
  CustomerNo: z.number().int().nullish(),
  SalesOrderDate: z.string().regex(isoDate).nullish(),
  DeliveryDate: z.string().regex(isoDate).nullish(),
  ExternalImportReference: z.string().nullish(),
  ImportedOrderNo: z.number().int().nullish(),
  CustomerReference: z.string().nullish(),
  PurchaseOrderReference: z.string().nullish(),
  DepartmentId: z.number().int().nullish(),
  DepartmentCode: z.string().nullish(),
  CurrencyCode: z.string().max(3).nullish(),
  SalesOrderStatus: z.enum(['Draft', 'Confirmed']).nullish(),
  SalesOrderLines: z
    .array(
      z.looseObject({
        ProductId: z.number().int().nullish(),
        ProductCode: z.string().nullish(),
        Description: z.string().nullish(),
        Quantity: z.number().nullish(),
        ProductUnitPrice: z.number().nullish(),
        Allowance: z.number().min(-1000).max(100).nullish(),
        LineType: z.enum(['Normal', 'Text', 'Summary', 'InvoiceFee', 'TotalHours']).nullish(),
        UseStandardSalesAccount: z.boolean().nullish(),
        ExternalImportReference: z.string().nullish(),
        SortOrder: z.number().int().nullish(),
        DepartmentId: z.number().int().nullish(),
        DepartmentCode: z.string().nullish(),
      }),
    )
    .nullish(),
});
export type SalesOrderCompletePost = z.infer<typeof salesOrderCompletePostSchema>;

/** Rounds to the nearest integer, halves away from zero. */
const roundHalfAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/**
 * Checks a complete sales order against the client's customers, products and departments and
 * computes its totals. Prices are taken as excl. VAT (PowerOffice's NetAmount suggests so; see
 * README); the VAT code comes from the product's standard or optional sales account.
 */
export function buildSalesOrder(
  ledger: ClientLedger,
  body: SalesOrderCompletePost,
  context: { applicationKey: string; at: string; today: string },
): { order: SalesOrder } | { errors: FieldErrors } {
  const errors = new FieldErrors();

  const customer =
    body.CustomerId != null
      ? ledger.customers.find((c) => c.id === body.CustomerId)
      : body.CustomerNo != null
        ? ledger.customers.find((c) => c.number === body.CustomerNo)
        : undefined;
  if (body.CustomerId == null && body.CustomerNo == null)
    errors.add('CustomerId', 'A customer (CustomerId or CustomerNo) is required.');
  else if (!customer)
    errors.add(
      body.CustomerId != null ? 'CustomerId' : 'CustomerNo',
      `Customer ${body.CustomerId ?? body.CustomerNo} does not exist.`,
    );
  else if (!customer.isActive)
    errors.add('CustomerId', `Customer ${customer.number} (${customer.name}) is inactive.`);

  const currency = body.CurrencyCode ?? 'NOK';
  if (currency !== 'NOK')
    errors.add('CurrencyCode', `Currency '${currency}' is not supported by the simulator; only NOK.`);

  const findDepartment = (path: string, id: number | null | undefined, code: string | null | undefined) => {
    if (id === -1) return null;
    if (id == null && (code == null || code === '')) return undefined;
    const department =
      id != null
        ? ledger.departments.find((d) => d.id === id)
        : ledger.departments.find((d) => d.code === code);
    if (!department) errors.add(path, `Department ${id ?? code} does not exist.`);
    else if (!department.isActive)
      errors.add(path, `Department ${department.code} (${department.name}) is inactive.`);
    return department ?? null;
  };
  const headerDepartment = findDepartment('DepartmentId', body.DepartmentId, body.DepartmentCode) ?? null;

  const reference = body.ExternalImportReference ?? null;
  if (reference) {
    const holder = ledger.salesOrders.find((o) => o.externalImportReference === reference);
    if (holder)
      errors.add(
        'ExternalImportReference',
        `A sales order with ExternalImportReference '${reference}' already exists (SalesOrderNo ${holder.salesOrderNo}).`,
      );
  }

  const lineReferences = new Set<string>();
  const lines: SalesOrderLine[] = [];
  (body.SalesOrderLines ?? []).forEach((line, index) => {
    const at = `SalesOrderLines[${index}]`;
    const lineType = line.LineType ?? 'Normal';
    if (line.ExternalImportReference) {
      if (lineReferences.has(line.ExternalImportReference))
        errors.add(
          `${at}.ExternalImportReference`,
          `ExternalImportReference '${line.ExternalImportReference}' is used twice in this order.`,
        );
      lineReferences.add(line.ExternalImportReference);
    }
    const lineDepartment = findDepartment(`${at}.DepartmentId`, line.DepartmentId, line.DepartmentCode);
    const department = lineDepartment === undefined ? headerDepartment : lineDepartment;

    const hasProduct = line.ProductId != null || (line.ProductCode != null && line.ProductCode !== '');
    const product =
      line.ProductId != null
        ? ledger.products.find((p) => p.id === line.ProductId)
        : ledger.products.find((p) => p.code === line.ProductCode);
    if (hasProduct && !product)
      errors.add(`${at}.ProductId`, `Product ${line.ProductId ?? line.ProductCode} does not exist.`);
    if (hasProduct && line.Quantity == null)
      errors.add(`${at}.Quantity`, 'Quantity is required when a product is set.');
    if (lineType === 'Text') {
      lines.push(emptyLine(index, line, lineType, department));
      return;
    }
    const priceOre =
      line.ProductUnitPrice != null ? kronerToOre(line.ProductUnitPrice) : (product?.unitPriceOre ?? 0);
    if (priceOre === null) {
      errors.add(`${at}.ProductUnitPrice`, `Price ${line.ProductUnitPrice} is not a whole number of øre.`);
      return;
    }
    let accountId: number | null = null;
    if (product) {
      if (line.UseStandardSalesAccount === false) {
        accountId = product.optionalAccountId;
        if (accountId === null)
          errors.add(
            `${at}.UseStandardSalesAccount`,
            `Product ${product.code} (${product.name}) has no optional sales account.`,
          );
      } else {
        accountId = product.standardAccountId;
      }
    }
    const account = ledger.accounts.find((a) => a.id === accountId);
    const vat = ledger.vatCodes.find((v) => v.id === account?.vatCodeId) ?? null;
    const quantity = line.Quantity ?? 0;
    const allowance = line.Allowance ?? 0;
    const netOre = roundHalfAway((priceOre * quantity * (100 - allowance)) / 100);
    const vatOre = vat ? vatOfNet(netOre, vat.rateBp) : 0;
    lines.push({
      ...emptyLine(index, line, lineType, department),
      productId: product?.id ?? null,
      productCode: product?.code ?? null,
      description: line.Description ?? product?.name ?? null,
      quantity: line.Quantity ?? null,
      unitPriceOre: priceOre,
      allowance: line.Allowance ?? null,
      netOre,
      vatOre,
      vatId: vat?.id ?? null,
      vatCode: vat?.code ?? null,
      vatRateBp: vat?.rateBp ?? null,
      useStandardSalesAccount: line.UseStandardSalesAccount ?? null,
    });
  });

  if (!errors.isEmpty || !customer) return { errors };
  const salesOrderNo = ledger.nextSalesOrderNo++;
  return {
    order: {
      id: deterministicUuid(`sales-order:${ledger.id}:${salesOrderNo}`),
      salesOrderNo,
      customerId: customer.id,
      customerNo: customer.number,
      salesOrderDate: body.SalesOrderDate?.slice(0, 10) ?? context.today,
      deliveryDate: body.DeliveryDate?.slice(0, 10) ?? null,
      externalImportReference: reference,
      importedOrderNo: body.ImportedOrderNo ?? null,
      customerReference: body.CustomerReference ?? null,
      purchaseOrderReference: body.PurchaseOrderReference ?? null,
      departmentId: headerDepartment?.id ?? null,
      departmentCode: headerDepartment?.code ?? null,
      currencyCode: currency,
      status: body.SalesOrderStatus ?? 'Draft',
      created: context.at,
      createdByApplicationKey: context.applicationKey,
      lines: lines.map((l) => ({
        ...l,
        id: deterministicUuid(`sales-order-line:${ledger.id}:${salesOrderNo}:${l.sortOrder}`),
      })),
    },
  };
}

function emptyLine(
  index: number,
  line: NonNullable<SalesOrderCompletePost['SalesOrderLines']>[number],
  lineType: string,
  department: { id: number; code: string } | null,
): SalesOrderLine {
  return {
    id: '',
    productId: null,
    productCode: null,
    description: line.Description ?? null,
    quantity: null,
    unitPriceOre: null,
    allowance: null,
    netOre: 0,
    vatOre: 0,
    vatId: null,
    vatCode: null,
    vatRateBp: null,
    useStandardSalesAccount: null,
    lineType,
    sortOrder: line.SortOrder ?? index,
    externalImportReference: line.ExternalImportReference ?? null,
    departmentId: department?.id ?? null,
    departmentCode: department?.code ?? null,
  };
}
