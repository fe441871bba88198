import { isPowerOfficeError } from '../errors.js';
import {
  salesOrderCompletePostSchema,
  salesOrderCompleteSchema,
  salesOrderSchema,
  type SalesOrder,
  type SalesOrderComplete,
  type SalesOrderCompletePost,
} from '../schemas/sales-orders.js';
import { required, type ListOptions, type OperationContext } from './context.js';
import { parseRequest } from './request.js';
import { writeOnce, type WriteResult } from './write-once.js';

export interface SalesOrderFilter extends ListOptions {
  customerNos?: string;
  departmentCodes?: string;
  orderStatus?: 'Draft' | 'Confirmed';
  onlyCreatedByCurrentIntegration?: boolean;
  lastChangedDateTimeOffsetGreaterThan?: string;
}

export function salesOrderOperations({ call, list }: OperationContext) {
  const listSalesOrders = ({ page, ...filter }: SalesOrderFilter = {}): Promise<SalesOrder[]> =>
    list(
      {
        operation: 'listSalesOrders',
        path: '/SalesOrders',
        query: { ...filter },
        privilege: 'SalesOrders',
        itemSchema: salesOrderSchema,
      },
      page,
    );

  /** The order with its lines (GET /SalesOrders/{id}/Complete). */
  async function getSalesOrder(id: string): Promise<SalesOrderComplete> {
    const result = await call({
      operation: 'getSalesOrder',
      method: 'GET',
      path: `/SalesOrders/${encodeURIComponent(id)}/Complete`,
      retry: 'read',
      privilege: 'SalesOrders',
      schema: salesOrderCompleteSchema,
    });
    return required(result.data, 'getSalesOrder');
  }

  /** GET /SalesOrders has no reference filter; this integration's orders are listed and matched. */
  async function findSalesOrderByExternalReference(
    reference: string,
    hint: { customerNo?: number | null } = {},
  ): Promise<SalesOrderComplete | undefined> {
    const orders = await listSalesOrders({
      onlyCreatedByCurrentIntegration: true,
      ...(hint.customerNo ? { customerNos: String(hint.customerNo) } : {}),
    });
    const order = orders.find((o) => o.ExternalImportReference === reference);
    if (!order) return undefined;
    try {
      return await getSalesOrder(order.Id);
    } catch (error) {
      if (isPowerOfficeError(error, 'not_found')) return undefined;
      throw error;
    }
  }

  return {
    listSalesOrders,
    getSalesOrder,
    findSalesOrderByExternalReference,

    /** Creates an order with its lines in one request; safe to repeat with an ExternalImportReference. */
    async postCompleteSalesOrder(order: SalesOrderCompletePost): Promise<WriteResult<SalesOrderComplete>> {
      const body = parseRequest(salesOrderCompletePostSchema, order, 'postCompleteSalesOrder');
      return writeOnce(
        call,
        {
          operation: 'postCompleteSalesOrder',
          method: 'POST',
          path: '/SalesOrders/Complete',
          body,
          privilege: 'SalesOrders_Full',
          schema: salesOrderCompleteSchema,
        },
        body.ExternalImportReference,
        () =>
          findSalesOrderByExternalReference(body.ExternalImportReference!, { customerNo: body.CustomerNo }),
      );
    },
  };
}
