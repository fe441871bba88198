import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context.js';
import { authOf } from '../http/auth.js';
import { sendWriteResult } from '../http/gateway.js';
import { sendPage } from '../http/paging.js';
import { FieldErrors, problem, sendProblem } from '../http/problem.js';
import { parseBoolean, parseNumberFilter, parseStringList, queryParam } from '../http/query.js';
import { oreToKroner } from '../ledger/money.js';
import { buildSalesOrder, salesOrderCompletePostSchema } from '../sales/build-order.js';
import type { SalesOrder } from '../state/types.js';

function salesOrderDto(o: SalesOrder, applicationKey: string) {
  const net = o.lines.reduce((s, l) => s + l.netOre, 0);
  const vat = o.lines.reduce((s, l) => s + l.vatOre, 0);
  return {
    Id: o.id,
    SalesOrderNo: o.salesOrderNo,
    CustomerId: o.customerId,
    CustomerNo: o.customerNo,
    SalesOrderDate: o.salesOrderDate,
    DeliveryDate: o.deliveryDate,
    ExternalImportReference: o.externalImportReference,
    ImportedOrderNo: o.importedOrderNo,
    CustomerReference: o.customerReference,
    PurchaseOrderReference: o.purchaseOrderReference,
    DepartmentId: o.departmentId,
    DepartmentCode: o.departmentCode,
    CurrencyCode: o.currencyCode,
    CurrencyExchangeRate: 1,
    SalesOrderStatus: o.status,
    NetAmount: oreToKroner(net),
    TotalAmount: oreToKroner(net + vat),
    LineCount: o.lines.length,
    IsCreatedByCurrentIntegration: o.createdByApplicationKey === applicationKey,
    CreatedDateTimeOffset: o.created,
    LastChangedDateTimeOffset: o.created,
  };
}

export function salesOrderCompleteDto(o: SalesOrder, applicationKey: string) {
  return {
    ...salesOrderDto(o, applicationKey),
    SalesOrderLines: o.lines.map((l) => ({
      Id: l.id,
      SalesOrderId: o.id,
      LineType: l.lineType,
      SortOrder: l.sortOrder,
      ProductId: l.productId,
      ProductCode: l.productCode,
      Description: l.description,
      Quantity: l.quantity,
      ProductUnitPrice: l.unitPriceOre === null ? null : oreToKroner(l.unitPriceOre),
      ProductUnitCost: null,
      Allowance: l.allowance,
      UseStandardSalesAccount: l.useStandardSalesAccount,
      UnitOfMeasureCode: null,
      ExternalImportReference: l.externalImportReference,
      DepartmentId: l.departmentId,
      DepartmentCode: l.departmentCode,
      VatId: l.vatId,
      VatCode: l.vatCode,
      VatRate: l.vatRateBp === null ? null : l.vatRateBp / 10_000,
      VatAmount: oreToKroner(l.vatOre),
      NetAmount: oreToKroner(l.netOre),
      TotalAmount: oreToKroner(l.netOre + l.vatOre),
      VatReturnSpecification: 'None',
    })),
  };
}

const osloDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

/** POST /SalesOrders/Complete and the reads of sales orders. */
export function salesOrderRoutes(app: FastifyInstance, ctx: SimContext): void {
  app.post('/SalesOrders/Complete', { config: { privilege: 'SalesOrders_Full' } }, async (request, reply) => {
    const { ledger, applicationKey } = authOf(request);
    const now = ctx.now();
    const at = now.toISOString();
    const record = (status: number, id: string | null) =>
      ctx.store.received.push({
        kind: 'salesOrder',
        clientId: ledger.id,
        at,
        id,
        status,
        body: request.body,
      });
    const parsed = salesOrderCompletePostSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const errors = new FieldErrors();
      for (const issue of parsed.error.issues) errors.add(issue.path.join('.') || '(body)', issue.message);
      record(400, null);
      return sendProblem(reply, errors.toProblem('Sales order validation error(s)'));
    }
    const result = buildSalesOrder(ledger, parsed.data, { applicationKey, at, today: osloDate.format(now) });
    if ('errors' in result) {
      record(400, null);
      return sendProblem(reply, result.errors.toProblem('Sales order validation error(s)'));
    }
    ledger.salesOrders.push(result.order);
    record(201, result.order.id);
    return sendWriteResult(ctx, request, reply, 201, salesOrderCompleteDto(result.order, applicationKey));
  });

  const read = { config: { privilege: 'SalesOrders' } };
  app.get('/SalesOrders', read, async (request, reply) => {
    const { ledger, applicationKey } = authOf(request);
    try {
      const customerNos = parseNumberFilter(queryParam(request, 'customerNos'));
      const departmentCodes = parseStringList(queryParam(request, 'departmentCodes'));
      const onlyOwn = parseBoolean(queryParam(request, 'onlyCreatedByCurrentIntegration'));
      const status = queryParam(request, 'orderStatus');
      const changedAfter = queryParam(request, 'lastChangedDateTimeOffsetGreaterThan');
      const list = ledger.salesOrders.filter(
        (o) =>
          (customerNos === null || customerNos(o.customerNo)) &&
          (departmentCodes === null ||
            (o.departmentCode !== null && departmentCodes.has(o.departmentCode))) &&
          (onlyOwn !== true || o.createdByApplicationKey === applicationKey) &&
          (status === undefined || o.status === status) &&
          (changedAfter === undefined || Date.parse(o.created) > Date.parse(changedAfter)),
      );
      return sendPage(
        request,
        reply,
        list.map((o) => salesOrderDto(o, applicationKey)),
      );
    } catch (error) {
      return sendProblem(reply, problem(400, 'Invalid filter', (error as Error).message));
    }
  });

  const find = (id: string, ledgerOrders: SalesOrder[]) =>
    ledgerOrders.find((o) => o.id === id.toLowerCase());
  app.get<{ Params: { id: string } }>('/SalesOrders/:id', read, async (request, reply) => {
    const { ledger, applicationKey } = authOf(request);
    const order = find(request.params.id, ledger.salesOrders);
    if (!order)
      return sendProblem(
        reply,
        problem(404, 'Object(s) not found', `Sales order with id = ${request.params.id} was not found.`),
      );
    return salesOrderDto(order, applicationKey);
  });
  app.get<{ Params: { id: string } }>('/SalesOrders/:id/Complete', read, async (request, reply) => {
    const { ledger, applicationKey } = authOf(request);
    const order = find(request.params.id, ledger.salesOrders);
    if (!order)
      return sendProblem(
        reply,
        problem(404, 'Object(s) not found', `Sales order with id = ${request.params.id} was not found.`),
      );
    return salesOrderCompleteDto(order, applicationKey);
  });
}
