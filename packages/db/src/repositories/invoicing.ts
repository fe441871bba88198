import type { Kysely, Selectable } from 'kysely';
import type {
  CustomerPowerOfficeLinksTable,
  Database,
  OrderTypeColumn,
  ProductTypePowerOfficeProductsTable,
  SalesOrderOutboxTable,
} from '../schema/index';
import { toDbInstant } from '../util';

/*
 * Kunder: POS customer ↔ PowerOffice customer, product type ↔ PowerOffice product, and the reads
 * of a customer's orders (Bestillingshistorikk) with their sales-order state.
 */

export type CustomerLinkRow = Selectable<CustomerPowerOfficeLinksTable>;
export type ProductLinkRow = Selectable<ProductTypePowerOfficeProductsTable>;
export type OutboxRow = Selectable<SalesOrderOutboxTable>;

export function listCustomerLinks(db: Kysely<Database>, companyId: string): Promise<CustomerLinkRow[]> {
  return db
    .selectFrom('customer_poweroffice_links')
    .selectAll()
    .where('company_id', '=', companyId)
    .execute();
}

export function findCustomerLink(
  db: Kysely<Database>,
  companyId: string,
  customerId: string,
): Promise<CustomerLinkRow | undefined> {
  return db
    .selectFrom('customer_poweroffice_links')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
}

export interface CustomerLinkInput {
  companyId: string;
  customerId: string;
  powerOfficeClientId: string;
  powerOfficeCustomerId: number;
  powerOfficeCustomerNo: number | null;
  powerOfficeCustomerName: string;
  powerOfficeOrgNo: string | null;
  linkedBy: string | null;
}

export async function setCustomerLink(
  db: Kysely<Database>,
  input: CustomerLinkInput,
): Promise<CustomerLinkRow> {
  const row: CustomerLinkRow = {
    customer_id: input.customerId,
    company_id: input.companyId,
    poweroffice_client_id: input.powerOfficeClientId,
    poweroffice_customer_id: input.powerOfficeCustomerId,
    poweroffice_customer_no: input.powerOfficeCustomerNo,
    poweroffice_customer_name: input.powerOfficeCustomerName,
    poweroffice_org_no: input.powerOfficeOrgNo,
    linked_by: input.linkedBy,
    linked_at: toDbInstant(),
  };
  const { customer_id: _key, ...update } = row;
  await db
    .insertInto('customer_poweroffice_links')
    .values(row)
    .onConflict((oc) => oc.column('customer_id').doUpdateSet(update))
    .execute();
  return row;
}

export async function deleteCustomerLink(
  db: Kysely<Database>,
  companyId: string,
  customerId: string,
): Promise<void> {
  await db
    .deleteFrom('customer_poweroffice_links')
    .where('company_id', '=', companyId)
    .where('customer_id', '=', customerId)
    .execute();
}

export function listProductLinks(db: Kysely<Database>, companyId: string): Promise<ProductLinkRow[]> {
  return db
    .selectFrom('product_type_poweroffice_products')
    .selectAll()
    .where('company_id', '=', companyId)
    .execute();
}

export interface ProductLinkInput {
  companyId: string;
  productTypeId: string;
  powerOfficeClientId: string;
  powerOfficeProductId: number;
  productCode: string | null;
  productName: string;
  standardAccountNo: number | null;
  optionalAccountNo: number | null;
}

export async function setProductLink(db: Kysely<Database>, input: ProductLinkInput): Promise<ProductLinkRow> {
  const row: ProductLinkRow = {
    product_type_id: input.productTypeId,
    company_id: input.companyId,
    poweroffice_client_id: input.powerOfficeClientId,
    poweroffice_product_id: input.powerOfficeProductId,
    product_code: input.productCode,
    product_name: input.productName,
    standard_account_no: input.standardAccountNo,
    optional_account_no: input.optionalAccountNo,
    linked_at: toDbInstant(),
  };
  const { product_type_id: _key, ...update } = row;
  await db
    .insertInto('product_type_poweroffice_products')
    .values(row)
    .onConflict((oc) => oc.column('product_type_id').doUpdateSet(update))
    .execute();
  return row;
}

export async function deleteProductLink(
  db: Kysely<Database>,
  companyId: string,
  productTypeId: string,
): Promise<void> {
  await db
    .deleteFrom('product_type_poweroffice_products')
    .where('company_id', '=', companyId)
    .where('product_type_id', '=', productTypeId)
    .execute();
}

export interface CustomerOrderRow {
  id: string;
  posId: string;
  departmentId: string;
  departmentName: string;
  closedAt: string;
  total: number;
  outbox: OutboxRow | null;
}

const OUTBOX_COLUMNS = [
  'id',
  'company_id',
  'department_id',
  'order_id',
  'customer_id',
  'status',
  'reference',
  'attempts',
  'next_attempt_at',
  'claimed_at',
  'sent_at',
  'order_no',
  'poweroffice_order_id',
  'error_code',
  'error',
  'created_at',
  'updated_at',
] as const;

async function outboxByOrder(
  db: Kysely<Database>,
  orderIds: readonly string[],
): Promise<Map<string, OutboxRow>> {
  const map = new Map<string, OutboxRow>();
  for (let i = 0; i < orderIds.length; i += 500) {
    const rows = await db
      .selectFrom('sales_order_outbox')
      .select(OUTBOX_COLUMNS)
      .where('order_id', 'in', orderIds.slice(i, i + 500))
      .execute();
    for (const row of rows)
      map.set(row.order_id, { ...row, order_no: row.order_no === null ? null : Number(row.order_no) });
  }
  return map;
}

/** A customer's orders, newest first (Bestillingshistorikk), each with its outbox row if any. */
export async function listCustomerOrders(
  db: Kysely<Database>,
  companyId: string,
  customerId: string,
  limit = 500,
): Promise<CustomerOrderRow[]> {
  const orders = await db
    .selectFrom('orders')
    .innerJoin('departments', 'departments.id', 'orders.department_id')
    .select([
      'orders.id as id',
      'orders.pos_id as posId',
      'orders.department_id as departmentId',
      'departments.name as departmentName',
      'orders.closed_at as closedAt',
      'orders.total as total',
    ])
    .where('departments.company_id', '=', companyId)
    .where('orders.customer_id', '=', customerId)
    .orderBy('orders.closed_at', 'desc')
    .orderBy('orders.pos_id', 'desc')
    .limit(limit)
    .execute();
  const outbox = await outboxByOrder(
    db,
    orders.map((o) => o.id),
  );
  return orders.map((o) => ({ ...o, total: Number(o.total), outbox: outbox.get(o.id) ?? null }));
}

export interface OrderDetailRow {
  id: string;
  posId: string;
  companyId: string;
  departmentId: string;
  departmentName: string;
  businessDayStart: string;
  closedAt: string;
  orderType: OrderTypeColumn;
  customerId: string | null;
  customerName: string | null;
  total: number;
  rounding: number;
  tips: number;
  lines: {
    lineNo: number;
    productTypeId: string;
    productTypeName: string | null;
    description: string;
    quantity: number;
    unitPrice: number;
    discount: number;
    vatRate: number;
    total: number;
  }[];
  payments: {
    paymentTypeId: string;
    name: string | null;
    kind: string | null;
    amount: number;
    tip: number;
  }[];
  outbox: OutboxRow | null;
}

/** One order of the company with lines, payments (with their types) and its outbox row. */
export async function findOrderDetail(
  db: Kysely<Database>,
  companyId: string,
  orderId: string,
): Promise<OrderDetailRow | undefined> {
  const order = await db
    .selectFrom('orders')
    .innerJoin('departments', 'departments.id', 'orders.department_id')
    .leftJoin('customers', 'customers.id', 'orders.customer_id')
    .select([
      'orders.id as id',
      'orders.pos_id as posId',
      'departments.company_id as companyId',
      'orders.department_id as departmentId',
      'departments.name as departmentName',
      'departments.business_day_start as businessDayStart',
      'orders.closed_at as closedAt',
      'orders.order_type as orderType',
      'orders.customer_id as customerId',
      'customers.name as customerName',
      'orders.total as total',
      'orders.rounding as rounding',
      'orders.tips as tips',
    ])
    .where('departments.company_id', '=', companyId)
    .where('orders.id', '=', orderId)
    .executeTakeFirst();
  if (!order) return undefined;
  const [lines, payments, outbox] = await Promise.all([
    db
      .selectFrom('order_lines')
      .leftJoin('product_types', 'product_types.id', 'order_lines.product_type_id')
      .select([
        'order_lines.line_no as lineNo',
        'order_lines.product_type_id as productTypeId',
        'product_types.name as productTypeName',
        'order_lines.description as description',
        'order_lines.quantity as quantity',
        'order_lines.unit_price as unitPrice',
        'order_lines.discount as discount',
        'order_lines.vat_rate as vatRate',
        'order_lines.total as total',
      ])
      .where('order_lines.order_id', '=', orderId)
      .orderBy('order_lines.line_no')
      .execute(),
    db
      .selectFrom('order_payments')
      .leftJoin('payment_types', 'payment_types.id', 'order_payments.payment_type_id')
      .select([
        'order_payments.payment_type_id as paymentTypeId',
        'payment_types.name as name',
        'payment_types.kind as kind',
        'order_payments.amount as amount',
        'order_payments.tip as tip',
      ])
      .where('order_payments.order_id', '=', orderId)
      .orderBy('order_payments.line_no')
      .execute(),
    outboxByOrder(db, [orderId]),
  ]);
  return {
    ...order,
    total: Number(order.total),
    rounding: Number(order.rounding),
    tips: Number(order.tips),
    lines: lines.map((l) => ({
      ...l,
      quantity: Number(l.quantity),
      unitPrice: Number(l.unitPrice),
      discount: Number(l.discount),
      vatRate: Number(l.vatRate),
      total: Number(l.total),
    })),
    payments: payments.map((p) => ({ ...p, amount: Number(p.amount), tip: Number(p.tip) })),
    outbox: outbox.get(orderId) ?? null,
  };
}
