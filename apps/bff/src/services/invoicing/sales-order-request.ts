import {
  buildSalesOrderLines,
  businessDayOf,
  checkSalesOrderTotals,
  formatKroner,
  sumOre,
} from '@qo/accounting';
import type { CustomerLinkRow, OrderDetailRow, ProductLinkRow } from '@qo/db';
import { oreToKroner, type SalesOrderCompletePost } from '@qo/poweroffice';

/*
 * A credit order as a PowerOffice sales order (see README.md, "Price convention"). Pure: the
 * worker gathers the rows, this decides what is sent or why nothing can be.
 */

export type RequestRefusal = {
  ok: false;
  code: 'not_linked' | 'product_not_linked' | 'mixed_payment' | 'totals_mismatch';
  message: string;
};
export type SalesOrderRequest = { ok: true; body: SalesOrderCompletePost; total: number };

export interface SalesOrderRequestInput {
  order: OrderDetailRow;
  reference: string;
  /** The PowerOffice client the department is connected to: links of another client do not count. */
  powerOfficeClientId: string;
  powerOfficeDepartmentId: number | null;
  customerLink: CustomerLinkRow | undefined;
  productLinks: ReadonlyMap<string, ProductLinkRow>;
}

export function buildSalesOrderRequest(input: SalesOrderRequestInput): SalesOrderRequest | RequestRefusal {
  const { order, customerLink, powerOfficeClientId } = input;
  if (!customerLink || customerLink.poweroffice_client_id !== powerOfficeClientId) {
    return {
      ok: false,
      code: 'not_linked',
      message: `Kunden ${order.customerName ?? ''} er ikke koblet til en kunde i PowerOffice GO.`.replace(
        '  ',
        ' ',
      ),
    };
  }

  // Only what Kreditt paid is invoiced; an order split with other payments is left to a person,
  // since its other part goes into the day's voucher.
  const credit = sumOre(order.payments.filter((p) => p.kind === 'credit').map((p) => p.amount - p.tip));
  if (credit !== order.total) {
    return {
      ok: false,
      code: 'mixed_payment',
      message: `Ordren er bare delvis betalt med kreditt (${formatKroner(credit)} av ${formatKroner(order.total)} kr) og må faktureres manuelt.`,
    };
  }

  const missing = new Map<string, string>();
  for (const line of order.lines) {
    const link = input.productLinks.get(line.productTypeId);
    if (!link || link.poweroffice_client_id !== powerOfficeClientId)
      missing.set(line.productTypeId, line.productTypeName ?? line.productTypeId);
    else if (line.vatRate === 15 && link.optional_account_no === null) {
      missing.set(
        line.productTypeId,
        `${line.productTypeName ?? line.productTypeId} (produktet mangler valgfri salgskonto for redusert sats)`,
      );
    }
  }
  if (missing.size) {
    return {
      ok: false,
      code: 'product_not_linked',
      message: notLinkedSentence([...missing.values()]),
    };
  }

  const orderInput = {
    id: order.posId,
    closedAt: order.closedAt,
    orderType: order.orderType,
    lines: order.lines,
    payments: order.payments,
  };
  const lines = buildSalesOrderLines(orderInput, 'net');
  const check = checkSalesOrderTotals(orderInput, lines, 'net');
  if (!check.matches) {
    return {
      ok: false,
      code: 'totals_mismatch',
      message: `Salgsordren ville blitt ${formatKroner(check.salesOrderTotal)} kr, ordren er ${formatKroner(check.posTotal)} kr. Den sendes ikke.`,
    };
  }

  const numericPosId = /^\d{1,15}$/.test(order.posId) ? Number(order.posId) : null;
  const body: SalesOrderCompletePost = {
    CustomerId: customerLink.poweroffice_customer_id,
    SalesOrderDate: businessDayOf(order.closedAt, order.businessDayStart),
    ExternalImportReference: input.reference,
    PurchaseOrderReference: order.posId,
    ...(numericPosId !== null ? { ImportedOrderNo: numericPosId } : {}),
    ...(input.powerOfficeDepartmentId !== null ? { DepartmentId: input.powerOfficeDepartmentId } : {}),
    CurrencyCode: 'NOK',
    SalesOrderLines: lines.map((line, index) => ({
      ProductId: input.productLinks.get(line.productTypeId)!.poweroffice_product_id,
      Description: line.description,
      Quantity: line.quantity,
      ProductUnitPrice: oreToKroner(line.unitPrice),
      Allowance: 0,
      UseStandardSalesAccount: line.useStandardSalesAccount,
      ExternalImportReference: line.externalImportReference,
      SortOrder: index,
    })),
  };
  return { ok: true, body, total: check.salesOrderTotal };
}

/** «Mat», «Mat og Drikke», «Mat, Drikke og Dessert». */
function listInNorwegian(names: readonly string[]): string {
  const quoted = names.map((n) => `«${n}»`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} og ${quoted[quoted.length - 1]}`;
}

/** Our own finding (PowerOffice was not asked), saying where to fix it. */
function notLinkedSentence(names: readonly string[]): string {
  const subject =
    names.length === 1
      ? `Produkttypen ${listInNorwegian(names)} er`
      : `Produkttypene ${listInNorwegian(names)} er`;
  const them = names.length === 1 ? 'den' : 'dem';
  return `${subject} ikke koblet til et produkt i PowerOffice GO, så salgsordren er ikke sendt. Koble ${them} under Kunder → Produkter i PowerOffice, og send ordren på nytt.`;
}
