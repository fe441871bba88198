import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { SalesOrderWorker } from '../services/invoicing/worker';
import { injectAs, logInAs, type LoggedIn } from './test-app';
import { buildWithSimulator } from './with-simulator';

/*
 * Test kit for Kunder and automatic invoicing, on `buildWithSimulator()` (its database survives
 * `restart()`, a BFF stopped and started again): the demo company with Sentrum connected to
 * "Demo Restaurant AS" and a POS device token.
 */

export interface SimSalesOrder {
  ClientId: string;
  ExternalImportReference: string | null;
  SalesOrderNo: number;
  CustomerId: number;
  DepartmentId: number | null;
  PurchaseOrderReference?: string | null;
  TotalAmount: number;
  NetAmount: number;
  SalesOrderLines: {
    Quantity: number;
    ProductUnitPrice: number;
    ProductId: number;
    TotalAmount: number;
    VatRate: number;
    Description: string;
  }[];
}

export interface InvoicingKit {
  app: FastifyInstance;
  worker: SalesOrderWorker;
  simUrl: string;
  owner: LoggedIn;
  accountant: LoggedIn;
  staff: LoggedIn;
  departmentId: string;
  posToken: string;
  ids: {
    productTypes: Record<string, string>;
    paymentTypes: Record<string, string>;
    customers: Record<string, string>;
  };
  call(
    s: LoggedIn,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
  push(orders: object[]): Promise<LightMyRequestResponse>;
  salesOrders(reference?: string): Promise<SimSalesOrder[]>;
  faults(body: object | null): Promise<void>;
  restart(beforeStart?: () => Promise<void>): Promise<void>;
  /** Another app on the same database, beside `app` (a second BFF instance; not ready yet); the caller closes it. */
  buildInstance(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export async function createInvoicingKit(): Promise<InvoicingKit> {
  const harness = await buildWithSimulator({ dataDirPrefix: 'qo-invoicing-' });
  const demo = harness.client('Demo Restaurant AS');
  const build = () => harness.build({ ready: false });
  const loginAll = async (k: InvoicingKit) => {
    [k.owner, k.accountant, k.staff] = await Promise.all([
      logInAs(k.app, 'owner'),
      logInAs(k.app, 'accountant'),
      logInAs(k.app, 'staff'),
    ]);
  };

  const app = harness.app;
  const kit: InvoicingKit = {
    app,
    worker: app.salesOrderWorker,
    simUrl: harness.simUrl,
    owner: undefined as unknown as LoggedIn,
    accountant: undefined as unknown as LoggedIn,
    staff: undefined as unknown as LoggedIn,
    departmentId: '',
    posToken: '',
    ids: { productTypes: {}, paymentTypes: {}, customers: {} },
    call: (s, method, url, payload) => injectAs(kit.app, s, method, url, payload),
    push: (orders) =>
      kit.app.inject({
        method: 'POST',
        url: '/api/pos/orders',
        headers: { authorization: `Bearer ${kit.posToken}` },
        payload: { orders, cashMovements: [] },
      }),
    async salesOrders(reference) {
      const posted = (await harness.sim('GET', '/_sim/posted')) as { SalesOrders: SimSalesOrder[] };
      return posted.SalesOrders.filter(
        (o) => reference === undefined || o.ExternalImportReference === reference,
      );
    },
    async faults(body) {
      await harness.sim(body ? 'POST' : 'DELETE', '/_sim/faults', body ?? undefined);
    },
    /** Closes the app (as a stopped BFF) and builds a new one on the same database. */
    async restart(beforeStart) {
      await kit.app.close();
      await beforeStart?.();
      kit.app = await build();
      kit.worker = kit.app.salesOrderWorker;
      await kit.app.ready();
      await loginAll(kit);
    },
    buildInstance: build,
    close: harness.close,
  };
  await loginAll(kit);

  const db = kit.app.db;
  const sentrum = await db
    .selectFrom('departments')
    .select('id')
    .where('name', '=', 'Sentrum')
    .executeTakeFirstOrThrow();
  kit.departmentId = sentrum.id;
  for (const p of await db.selectFrom('product_types').select(['id', 'name']).execute())
    kit.ids.productTypes[p.name] = p.id;
  for (const p of await db.selectFrom('payment_types').select(['id', 'kind']).execute())
    kit.ids.paymentTypes[p.kind] = p.id;
  for (const c of await db.selectFrom('customers').select(['id', 'external_id']).execute())
    kit.ids.customers[c.external_id] = c.id;

  const clientKey = demo.ApplicationKeys.find((k) => k.Slot === 0)!.ClientKey;
  const connect = await kit.call(kit.owner, 'PUT', `/api/departments/${kit.departmentId}/integration`, {
    slot: 0,
    clientKey,
  });
  expect(connect.statusCode, connect.body).toBe(200);
  const poDepartment = demo.Departments.find((d) => d.Name === 'Sentrum')!;
  const patch = await kit.call(kit.owner, 'PATCH', `/api/departments/${kit.departmentId}/integration`, {
    powerOfficeDepartmentId: poDepartment.Id,
    autoInvoice: true,
  });
  expect(patch.statusCode, patch.body).toBe(200);
  const token = await kit.call(kit.owner, 'POST', `/api/departments/${kit.departmentId}/pos-tokens`, {
    label: 'Kasse 1',
  });
  expect(token.statusCode, token.body).toBe(201);
  kit.posToken = (token.json() as { token: string }).token;
  return kit;
}

/** A credit order of the POS (contract shape); lines default to one Mat line at 25 %. */
export function creditOrder(
  kit: InvoicingKit,
  id: string,
  customer: string,
  lines: {
    type: string;
    description?: string;
    quantity: number;
    unitPrice: number;
    discount?: number;
    vatRate: number;
  }[] = [{ type: 'Mat', quantity: 1, unitPrice: 18900, vatRate: 25 }],
  options: { orderType?: 'dine_in' | 'takeaway'; paymentKind?: string; closedAt?: string } = {},
) {
  const total = lines.reduce((s, l) => s + l.quantity * l.unitPrice - (l.discount ?? 0), 0);
  return {
    id,
    closedAt: options.closedAt ?? '2026-03-13T19:05:00+01:00',
    orderType: options.orderType ?? 'dine_in',
    customerId: customer,
    lines: lines.map((l) => ({
      productTypeId: kit.ids.productTypes[l.type]!,
      description: l.description ?? l.type,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discount: l.discount ?? 0,
      vatRate: l.vatRate,
    })),
    payments: [
      { paymentTypeId: kit.ids.paymentTypes[options.paymentKind ?? 'credit']!, amount: total, tip: 0 },
    ],
  };
}
