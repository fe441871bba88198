import { salesOrderReference } from '@qo/accounting';
import { claimOutboxRow, toDbInstant } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvoicingKit, creditOrder, type InvoicingKit } from '../../test/invoicing-test-kit';

/*
 * Two BFF instances on one PostgreSQL database working the same sales-order outbox at once: the
 * claim (pending → sending in one conditional update) gives each row to one worker, so each credit
 * order is sent once — not merely refused the second time by its reference.
 */

let kit: InvoicingKit;
let other: FastifyInstance | undefined;
beforeAll(async () => {
  kit = await createInvoicingKit();
  const options = await kit.call(kit.owner, 'GET', '/api/customers/poweroffice-customers');
  const customer = (options.json().items as { id: number; number: number }[]).find(
    (c) => c.number === 10001,
  )!;
  const linked = await kit.call(
    kit.owner,
    'PUT',
    `/api/customers/${kit.ids.customers['K-1001']}/poweroffice-link`,
    { powerOfficeCustomerId: customer.id },
  );
  expect(linked.statusCode, linked.body).toBe(200);
  // Mat (the credit orders' one line) sells as the simulator's product 100.
  const products = (await kit.call(kit.owner, 'GET', '/api/invoicing/products')).json().products as {
    id: number;
    code: string;
  }[];
  const product = await kit.call(kit.owner, 'PUT', `/api/invoicing/products/${kit.ids.productTypes['Mat']}`, {
    powerOfficeProductId: products.find((p) => p.code === '100')!.id,
  });
  expect(product.statusCode, product.body).toBe(200);
}, 120_000);
afterAll(async () => {
  await other?.close();
  await kit?.close();
});

const outbox = () =>
  kit.app.db
    .selectFrom('sales_order_outbox')
    .select(['id', 'reference', 'status', 'attempts'])
    .where('department_id', '=', kit.departmentId)
    .execute();

describe('two BFF instances on one PostgreSQL database', () => {
  it('work the same outbox at once and send each credit order exactly once', async () => {
    expect(kit.app.dbHandle.dialect).toBe('postgres');
    await kit.worker.stop(); // rows stay pending until both workers run together
    const posIds = Array.from({ length: 16 }, (_, i) => `MI-${i}`);
    const pushed = await kit.push(posIds.map((id) => creditOrder(kit, id, 'K-1001')));
    expect(pushed.json()).toMatchObject({ accepted: posIds.length });
    expect((await outbox()).map((r) => r.status)).toEqual(posIds.map(() => 'pending'));

    other = await kit.buildInstance();
    const otherWorker = other.salesOrderWorker;
    const [a, b] = await Promise.all([kit.worker.run(), otherWorker.run(), other.ready()]);
    await otherWorker.idle();

    const rows = await outbox();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(posIds.map(() => ['sent', 1]));
    // Each row processed by exactly one of the two workers (the other's claim found it taken).
    expect(a.processed + b.processed).toBe(posIds.length);
    for (const id of posIds)
      expect(await kit.salesOrders(salesOrderReference(kit.departmentId, id))).toHaveLength(1);
  }, 60_000);

  it("an instance starting up leaves another instance's fresh claim alone (it may be mid-send)", async () => {
    await other!.salesOrderWorker.stop();
    await kit.push([creditOrder(kit, 'MI-CLAIMED', 'K-1001')]);
    const reference = salesOrderReference(kit.departmentId, 'MI-CLAIMED');
    const row = (await outbox()).find((r) => r.reference === reference)!;
    expect(row.status).toBe('pending');
    // What a live instance does before it posts; a third instance then starts.
    expect(await claimOutboxRow(kit.app.db, row.id, toDbInstant())).toBe(true);
    const third = await kit.buildInstance();
    try {
      await third.ready();
      await third.salesOrderWorker.idle();
      const after = (await outbox()).find((r) => r.id === row.id)!;
      expect([after.status, after.attempts]).toEqual(['sending', 1]);
      expect(await kit.salesOrders(reference)).toHaveLength(0);
    } finally {
      await third.close();
    }
  }, 60_000);
});
