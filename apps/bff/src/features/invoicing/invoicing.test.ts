import { salesOrderReference } from '@qo/accounting';
import {
  claimOutboxRow,
  findOrderDetail,
  findOutboxRowByOrder,
  listProductLinks,
  findCustomerLink,
  toDbInstant,
  updateProductType,
} from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDepartmentPowerOffice } from '../../services/poweroffice/department-poweroffice';
import { createInvoicingKit, creditOrder, type InvoicingKit } from '../../test/invoicing-test-kit';
import { buildSalesOrderRequest } from '../../services/invoicing/sales-order-request';

let kit: InvoicingKit;
/** PowerOffice customer ids of the simulator's Demo client, by customer number. */
const poCustomer: Record<number, number> = {};
const poProduct: Record<string, number> = {};

beforeAll(async () => {
  kit = await createInvoicingKit();
  const options = await kit.call(kit.owner, 'GET', '/api/customers/poweroffice-customers');
  expect(options.statusCode, options.body).toBe(200);
  for (const c of options.json().items as { id: number; number: number }[]) poCustomer[c.number] = c.id;
  const products = await kit.call(kit.owner, 'GET', '/api/invoicing/products');
  for (const p of products.json().products as { id: number; code: string }[]) poProduct[p.code] = p.id;
}, 120_000);
afterAll(() => kit?.close());

const orderIdOf = async (posId: string) =>
  (
    await kit.app.db
      .selectFrom('orders')
      .select('id')
      .where('department_id', '=', kit.departmentId)
      .where('pos_id', '=', posId)
      .executeTakeFirstOrThrow()
  ).id;
const stateOf = async (posId: string) =>
  (await kit.call(kit.staff, 'GET', `/api/orders/${await orderIdOf(posId)}`)).json().powerOffice;
const link = (customer: string, powerOfficeCustomerId: number | null) =>
  kit.call(kit.owner, 'PUT', `/api/customers/${kit.ids.customers[customer]}/poweroffice-link`, {
    powerOfficeCustomerId,
  });
const linkProduct = (type: string, code: string | null) =>
  kit.call(kit.owner, 'PUT', `/api/invoicing/products/${kit.ids.productTypes[type]}`, {
    powerOfficeProductId: code === null ? null : poProduct[code],
  });
const reference = (posId: string) => salesOrderReference(kit.departmentId, posId);
/**
 * The restarted worker's resume. On PostgreSQL, shared by several instances, a claim left in
 * 'sending' may be another instance's send in progress: it is taken over only once its lease has
 * run out, so the worker's clock is moved past it.
 */
async function resumeAfterRestart(): Promise<void> {
  await kit.worker.idle();
  if (kit.app.dbHandle.dialect !== 'postgres') return;
  kit.worker.now = () => new Date(Date.now() + 6 * 60_000);
  await kit.worker.run();
  kit.worker.now = () => new Date();
}

describe('Kunder: linking POS customers to PowerOffice customers', () => {
  it('lists POS customers unlinked, for staff too', async () => {
    const res = await kit.call(kit.staff, 'GET', '/api/customers');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveLength(4);
    expect(res.json()[0]).toEqual({
      id: expect.any(String),
      externalId: expect.any(String),
      name: expect.any(String),
      orgNo: expect.anything(),
      powerOfficeCustomer: null,
    });
  });

  it("offers the connected client's customers with number and org. number", async () => {
    const res = await kit.call(kit.owner, 'GET', '/api/customers/poweroffice-customers?refresh=true');
    expect(res.json()).toMatchObject({ departmentId: kit.departmentId, clientName: 'Demo Restaurant AS' });
    expect(res.json().items.length).toBeGreaterThanOrEqual(40);
    expect(res.json().items).toContainEqual(
      expect.objectContaining({ number: 10001, orgNo: expect.stringMatching(/^\d{9}$/), isActive: true }),
    );
    expect((await kit.call(kit.staff, 'GET', '/api/customers/poweroffice-customers')).statusCode).toBe(403);
  });

  it('links only as owner, only to an existing active customer, and unlinks with null', async () => {
    expect(
      (
        await kit.call(kit.staff, 'PUT', `/api/customers/${kit.ids.customers['K-1001']}/poweroffice-link`, {
          powerOfficeCustomerId: poCustomer[10001],
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await kit.call(
          kit.accountant,
          'PUT',
          `/api/customers/${kit.ids.customers['K-1001']}/poweroffice-link`,
          { powerOfficeCustomerId: poCustomer[10001] },
        )
      ).statusCode,
    ).toBe(403);

    const unknown = await link('K-1001', 999_999_999);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { path: 'powerOfficeCustomerId', message: expect.stringContaining('999999999') },
    ]);
    const inactive = await link('K-1001', poCustomer[10010]!);
    expect(inactive.statusCode).toBe(422);
    expect(inactive.json().detail).toMatch(/inaktiv/);
    const other = await kit.call(
      kit.owner,
      'PUT',
      `/api/customers/00000000-0000-4000-8000-000000000000/poweroffice-link`,
      { powerOfficeCustomerId: poCustomer[10001] },
    );
    expect(other.statusCode).toBe(404);

    const linked = await link('K-1001', poCustomer[10001]!);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().powerOfficeCustomer).toEqual({
      id: poCustomer[10001],
      number: 10001,
      name: expect.any(String),
    });
    const list = (await kit.call(kit.staff, 'GET', '/api/customers')).json() as {
      id: string;
      powerOfficeCustomer: unknown;
    }[];
    expect(list.find((c) => c.id === kit.ids.customers['K-1001'])?.powerOfficeCustomer).toMatchObject({
      number: 10001,
    });

    expect((await link('K-1001', null)).json().powerOfficeCustomer).toBeNull();
    expect(
      await findCustomerLink(kit.app.db, kit.owner.user.companyId, kit.ids.customers['K-1001']!),
    ).toBeUndefined();
    expect((await link('K-1001', poCustomer[10001]!)).statusCode).toBe(200);
  });
});

describe('Product types ↔ PowerOffice products', () => {
  it("refuses a product whose sales accounts are not the product type's, and links a matching one", async () => {
    await updateProductType(kit.app.db, kit.owner.user.companyId, kit.ids.productTypes['Mat']!, {
      name: 'Mat',
      kind: 'sales',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
    });
    const wrong = await linkProduct('Mat', '200'); // Pils: 3000, no optional account
    expect(wrong.statusCode).toBe(422);
    expect(
      wrong
        .json()
        .errors.map((e: { message: string }) => e.message)
        .join(' '),
    ).toMatch(/3010.*3040|3040/);
    expect(
      (
        await kit.call(kit.accountant, 'PUT', `/api/invoicing/products/${kit.ids.productTypes['Mat']}`, {
          powerOfficeProductId: poProduct['100'],
        })
      ).statusCode,
    ).toBe(403);

    const ok = await linkProduct('Mat', '100');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().powerOfficeProduct).toMatchObject({
      code: '100',
      standardAccountNo: 3010,
      optionalAccountNo: 3040,
    });
    expect((await linkProduct('Drikke', '110')).statusCode).toBe(200);
    const list = (await kit.call(kit.accountant, 'GET', '/api/invoicing/products')).json();
    expect(list.canCreate).toBe(false);
    expect(list.productTypes.map((t: { name: string }) => t.name)).not.toContain('Gavekort');
    expect(
      list.productTypes.find((t: { name: string }) => t.name === 'Dessert').powerOfficeProduct,
    ).toBeNull();
  });
});

describe('automatic invoicing of credit orders', () => {
  it('sends a credit order of a linked customer on ingest, totals equal to the POS order to the øre', async () => {
    // Mat at 25 % with a discount, Drikke takeaway at 15 %: amounts chosen so no net price is exact.
    const order = creditOrder(kit, 'KR-1', 'K-1001', [
      { type: 'Mat', description: 'Burger', quantity: 3, unitPrice: 18900, discount: 1000, vatRate: 25 },
      { type: 'Drikke', description: 'Kaffe', quantity: 2, unitPrice: 3999, vatRate: 15 },
      { type: 'Mat', description: 'Suppe', quantity: 1, unitPrice: 12345, vatRate: 15 },
    ]);
    const posTotal = 3 * 18900 - 1000 + 2 * 3999 + 12345;
    expect(
      (
        await kit.push([
          order,
          { ...creditOrder(kit, 'KORT-1', 'K-1001', undefined, { paymentKind: 'card' }) },
        ])
      ).json(),
    ).toMatchObject({ accepted: 2 });
    await kit.worker.idle();

    const state = await stateOf('KR-1');
    expect(state).toMatchObject({
      status: 'sent',
      orderNo: expect.any(Number),
      error: null,
      reference: reference('KR-1'),
    });
    expect(state.sentAt).toEqual(expect.any(String));
    expect((await stateOf('KORT-1')).status).toBe('not_applicable');

    const [sent, ...more] = await kit.salesOrders(reference('KR-1'));
    expect(more).toHaveLength(0);
    expect(sent!.SalesOrderNo).toBe(state.orderNo);
    expect(sent!.CustomerId).toBe(poCustomer[10001]);
    expect(sent!.DepartmentId).toEqual(expect.any(Number));
    expect(sent!.PurchaseOrderReference).toBe('KR-1');
    expect(Math.round(sent!.TotalAmount * 100)).toBe(posTotal);
    // Reduced-VAT lines went to the product's optional (15 %) account.
    expect(
      sent!.SalesOrderLines.filter((l) => l.VatRate === 0.15 || l.VatRate === 15).length,
    ).toBeGreaterThan(0);
  });

  it('sends exactly one sales order when PowerOffice commits but the answer is lost', async () => {
    await kit.faults({ dropResponseAfterWrite: 1 });
    await kit.push([creditOrder(kit, 'KR-DROP', 'K-1001')]);
    await kit.worker.idle();
    await kit.faults(null);
    expect(await stateOf('KR-DROP')).toMatchObject({ status: 'sent', orderNo: expect.any(Number) });
    expect(await kit.salesOrders(reference('KR-DROP'))).toHaveLength(1);
  }, 60_000);

  it('retries transient 503s with backoff on its own clock, then sends once', async () => {
    let now = new Date('2026-03-14T08:00:00.000Z');
    kit.worker.now = () => now;
    await kit.faults({ nextFailures: { count: 1000, status: 503 } });
    await kit.push([creditOrder(kit, 'KR-503', 'K-1001')]);
    await kit.worker.idle();
    const waiting = await stateOf('KR-503');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, error: expect.any(String) });
    expect(waiting.failure).toMatchObject({ code: 'poweroffice_unavailable', source: 'poweroffice' });
    expect(Date.parse(waiting.nextAttemptAt)).toBe(now.getTime() + 30_000);

    await kit.faults(null);
    expect((await kit.worker.run()).processed).toBe(0); // not due yet
    now = new Date(now.getTime() + 31_000);
    expect((await kit.worker.run()).sent).toBe(1);
    expect(await stateOf('KR-503')).toMatchObject({ status: 'sent', attempts: 2, error: null });
    expect(await kit.salesOrders(reference('KR-503'))).toHaveLength(1);
    kit.worker.now = () => new Date();
  }, 120_000);

  it('marks the order of an unlinked customer not linked, and sends it once the customer is linked', async () => {
    await kit.push([creditOrder(kit, 'KR-NL', 'K-1002')]);
    await kit.worker.idle();
    expect(await stateOf('KR-NL')).toMatchObject({
      status: 'not_linked',
      error: expect.stringContaining('ikke koblet'),
    });
    expect(await kit.salesOrders(reference('KR-NL'))).toHaveLength(0);

    expect((await link('K-1002', poCustomer[10002]!)).statusCode).toBe(200);
    await kit.worker.idle();
    expect((await stateOf('KR-NL')).status).toBe('sent');
    expect(await kit.salesOrders(reference('KR-NL'))).toHaveLength(1);
  });

  it('fails an order with an unmapped product type, naming it, and sends it once the type is linked', async () => {
    await kit.push([
      creditOrder(kit, 'KR-DES', 'K-1001', [{ type: 'Dessert', quantity: 2, unitPrice: 9900, vatRate: 25 }]),
    ]);
    await kit.worker.idle();
    expect(await stateOf('KR-DES')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('Produkttypen «Dessert» er ikke koblet'),
      // Our own rule said it, not PowerOffice, and the message leads to the fix.
      failure: { code: 'product_not_linked', source: 'quickorder', fix: { kind: 'product-link' } },
    });

    expect((await linkProduct('Dessert', '101')).statusCode).toBe(200);
    await kit.worker.idle();
    expect((await stateOf('KR-DES')).status).toBe('sent');
  });

  it("shows the customer's order history with each order's status, for staff", async () => {
    const res = await kit.call(kit.staff, 'GET', `/api/customers/${kit.ids.customers['K-1001']}/orders`);
    expect(res.statusCode).toBe(200);
    const byPos = Object.fromEntries(
      (res.json() as { posId: string; powerOffice: { status: string } }[]).map((o) => [
        o.posId,
        o.powerOffice.status,
      ]),
    );
    expect(byPos).toMatchObject({ 'KR-1': 'sent', 'KORT-1': 'not_applicable', 'KR-DES': 'sent' });
    const detail = (await kit.call(kit.staff, 'GET', `/api/orders/${await orderIdOf('KR-1')}`)).json();
    expect(detail.lines).toHaveLength(3);
    expect(detail.payments).toEqual([
      {
        paymentTypeId: kit.ids.paymentTypes['credit'],
        name: 'Kreditt',
        kind: 'credit',
        amount: expect.any(Number),
        tip: 0,
      },
    ]);
  });
});

describe('double booking', () => {
  it('keeps credit orders sent as sales orders out of the voucher: the preview lists them as not transferred', async () => {
    // Demo setup: automatic invoicing on, payment type Kreditt not transferred to accounting.
    const res = await kit.call(
      kit.accountant,
      'GET',
      `/api/departments/${kit.departmentId}/export/preview?from=2026-03-13&to=2026-03-13`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const [voucher] = res.json().vouchers as { lines: { amount: number; description: string }[] }[];
    const customer = await kit.call(kit.staff, 'GET', `/api/customers/${kit.ids.customers['K-1001']}/orders`);
    const sentCredit = (
      customer.json() as { posId: string; total: number; powerOffice: { status: string } }[]
    ).filter((o) => o.posId.startsWith('KR-') && o.powerOffice.status === 'sent');
    expect(sentCredit.length).toBeGreaterThanOrEqual(3);

    // Only the card order (KORT-1, 189,00) is debited; no credit order is in the voucher.
    expect(voucher!.lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0)).toBe(18900);
    expect(voucher!.lines.map((l) => l.description).join(' ')).not.toMatch(/Kreditt/);
    const credit = await kit.app.db
      .selectFrom('orders')
      .innerJoin('order_payments', 'order_payments.order_id', 'orders.id')
      .select((eb) => [
        eb.fn.sum<number>('order_payments.amount').as('amount'),
        eb.fn.count<number>('orders.id').as('orders'),
      ])
      .where('orders.department_id', '=', kit.departmentId)
      .where('order_payments.payment_type_id', '=', kit.ids.paymentTypes['credit']!)
      .executeTakeFirstOrThrow();
    expect(res.json().notTransferred.excludedPayments).toContainEqual(
      expect.objectContaining({
        name: 'Kreditt',
        amount: Number(credit.amount),
        orders: Number(credit.orders),
      }),
    );
  });
});

describe('send again', () => {
  it('lets an accountant send a credit order that was never queued, refuses staff, and never sends twice', async () => {
    const off = await kit.call(kit.owner, 'PATCH', `/api/departments/${kit.departmentId}/integration`, {
      autoInvoice: false,
    });
    expect(off.statusCode).toBe(200);
    await kit.push([creditOrder(kit, 'KR-MAN', 'K-1001')]);
    await kit.worker.idle();
    expect((await stateOf('KR-MAN')).status).toBe('not_applicable');
    const id = await orderIdOf('KR-MAN');

    expect((await kit.call(kit.staff, 'POST', `/api/orders/${id}/poweroffice/send`)).statusCode).toBe(403);
    const res = await kit.call(kit.accountant, 'POST', `/api/orders/${id}/poweroffice/send`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().powerOffice).toMatchObject({ status: 'sent', orderNo: expect.any(Number) });
    const again = await kit.call(kit.accountant, 'POST', `/api/orders/${id}/poweroffice/send`);
    expect(again.statusCode).toBe(409);
    expect(await kit.salesOrders(reference('KR-MAN'))).toHaveLength(1);

    const card = await kit.call(
      kit.accountant,
      'POST',
      `/api/orders/${await orderIdOf('KORT-1')}/poweroffice/send`,
    );
    expect(card.statusCode).toBe(422);
    expect(
      (
        await kit.call(kit.owner, 'PATCH', `/api/departments/${kit.departmentId}/integration`, {
          autoInvoice: true,
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('a BFF stopped mid-send', () => {
  it('resumes a row left in sending after PowerOffice committed it, without a second sales order', async () => {
    await kit.worker.stop(); // no kick: the row stays pending until we "crash" mid-send
    await kit.push([creditOrder(kit, 'KR-CRASH', 'K-1001')]);
    const companyId = kit.owner.user.companyId;
    const orderId = await orderIdOf('KR-CRASH');
    const row = (await findOutboxRowByOrder(kit.app.db, companyId, orderId))!;
    expect(row.status).toBe('pending');

    // What a worker does before it dies: claim, then post; the process stops before recording it.
    expect(await claimOutboxRow(kit.app.db, row.id, toDbInstant())).toBe(true);
    const { client, integration } = await getDepartmentPowerOffice(kit.app, companyId, kit.departmentId);
    const request = buildSalesOrderRequest({
      order: (await findOrderDetail(kit.app.db, companyId, orderId))!,
      reference: row.reference,
      powerOfficeClientId: integration.poweroffice_client_id,
      powerOfficeDepartmentId: integration.poweroffice_department_id,
      customerLink: await findCustomerLink(kit.app.db, companyId, kit.ids.customers['K-1001']!),
      productLinks: new Map(
        (await listProductLinks(kit.app.db, companyId)).map((l) => [l.product_type_id, l]),
      ),
    });
    if (!request.ok) throw new Error(request.message);
    const posted = await client.postCompleteSalesOrder(request.body);

    await kit.restart();
    await resumeAfterRestart();
    expect(await stateOf('KR-CRASH')).toMatchObject({ status: 'sent', orderNo: posted.value.SalesOrderNo });
    expect(await kit.salesOrders(reference('KR-CRASH'))).toHaveLength(1);
  }, 60_000);

  it('resumes a row claimed but never sent, and sends it once', async () => {
    await kit.worker.stop();
    await kit.push([creditOrder(kit, 'KR-CRASH2', 'K-1001')]);
    const row = (await findOutboxRowByOrder(
      kit.app.db,
      kit.owner.user.companyId,
      await orderIdOf('KR-CRASH2'),
    ))!;
    expect(await claimOutboxRow(kit.app.db, row.id, toDbInstant())).toBe(true);

    await kit.restart();
    await resumeAfterRestart();
    expect((await stateOf('KR-CRASH2')).status).toBe('sent');
    expect(await kit.salesOrders(reference('KR-CRASH2'))).toHaveLength(1);
  }, 60_000);
});
