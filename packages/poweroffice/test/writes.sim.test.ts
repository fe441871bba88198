import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPowerOfficeError } from '../src/index.js';
import { startSimulator, type Simulator } from './sim-harness.js';
import { POSTING_DATE, postedWithReference, saleVoucher } from './voucher-fixture.js';

describe('writes that can never be doubled, against the simulator', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterEach(async () => {
    await sim.clearFaults();
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('posts a voucher and gets its id and number back', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const result = await c.postManualVoucher(await saleVoucher(c, 'w-plain-1'));
    expect(result.alreadyExisted).toBe(false);
    expect(result.value.VoucherNo).toBeGreaterThan(0);
    const read = await c.getManualVoucher(result.value.Id);
    expect(read.ExternalImportReference).toBe('w-plain-1');
  });

  it('posts exactly one voucher when the answer to the write is lost', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const voucher = await saleVoucher(c, 'w-dropped-1');
    await sim.faults({ dropResponseAfterWrite: 1 });
    const result = await c.postManualVoucher(voucher);
    expect(result.alreadyExisted).toBe(true);
    expect(result.value.ExternalImportReference).toBe('w-dropped-1');
    expect(postedWithReference(await sim.posted(), 'w-dropped-1')).toHaveLength(1);
    expect(sim.wire.count(/\/Vouchers\/ManualJournals$/)).toBeGreaterThanOrEqual(1);
  });

  it('never sends a write again that PowerOffice commits after the client gave up on it', async () => {
    const c = sim
      .client({ timeoutMs: 300, retry: { baseDelayMs: 20, maxDelayMs: 200, settleMs: 1_500 } })
      .forClient(sim.keysFor(0));
    const voucher = await saleVoucher(c, 'w-late-1');
    const before = sim.wire.count(/\/Vouchers\/ManualJournals$/);
    await sim.faults({ commitAfterClientGaveUp: { count: 1, holdMs: 900 } });
    const result = await c.postManualVoucher(voucher);
    expect(result.alreadyExisted).toBe(true);
    expect(postedWithReference(await sim.posted(), 'w-late-1')).toHaveLength(1);
    expect(sim.wire.count(/\/Vouchers\/ManualJournals$/) - before).toBe(1);
  });

  it('resolves a repeated post with the same reference to the existing voucher', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const voucher = await saleVoucher(c, 'w-twice-1');
    const first = await c.postManualVoucher(voucher);
    const second = await c.postManualVoucher(voucher);
    expect(second).toMatchObject({
      alreadyExisted: true,
      value: { Id: first.value.Id, VoucherNo: first.value.VoucherNo },
    });
    expect(postedWithReference(await sim.posted(), 'w-twice-1')).toHaveLength(1);
  });

  it('does not repeat a write without a reference whose answer was lost', async () => {
    const c = sim.client().forClient(sim.keysFor(1));
    const voucher = await saleVoucher(c, undefined, 99);
    await sim.faults({ dropResponseAfterWrite: 1 });
    const before = sim.wire.count(/\/Vouchers\/ManualJournals$/);
    const error = await c.postManualVoucher(voucher).catch((e: unknown) => e);
    expect(isPowerOfficeError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(/not known whether PowerOffice processed it/);
    expect(sim.wire.count(/\/Vouchers\/ManualJournals$/) - before).toBe(1);
  });

  it('finds a voucher by its reference, and a reversal frees the reference for a corrected voucher', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const posted = await c.postManualVoucher(await saleVoucher(c, 'w-reverse-1', 500));
    const range = { fromDate: POSTING_DATE, toDate: POSTING_DATE };
    expect((await c.findManualVoucherByExternalReference('w-reverse-1', range))?.Id).toBe(posted.value.Id);
    await c.reverseVoucher(posted.value.Id);
    expect(await c.findManualVoucherByExternalReference('w-reverse-1', range)).toBeUndefined();
    const corrected = await c.postManualVoucher(await saleVoucher(c, 'w-reverse-1', 400));
    expect(corrected.alreadyExisted).toBe(false);
    expect(corrected.value.Id).not.toBe(posted.value.Id);
  });

  it('creates exactly one sales order when the answer is lost, and reads it back with lines', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const [customer] = await c.listCustomers({ page: { pageNumber: 1, pageSize: 1 } });
    const [product] = await c.listProducts({ page: { pageNumber: 1, pageSize: 1 } });
    await sim.faults({ dropResponseAfterWrite: 1 });
    const order = await c.postCompleteSalesOrder({
      CustomerNo: customer!.Number,
      ExternalImportReference: 'so-dropped-1',
      SalesOrderDate: POSTING_DATE,
      SalesOrderLines: [{ ProductCode: product!.Code, Quantity: 2 }],
    });
    expect(order.alreadyExisted).toBe(true);
    expect(
      (await sim.posted()).SalesOrders.filter(
        (o) => (o.ExternalImportReference ?? o.externalImportReference) === 'so-dropped-1',
      ),
    ).toHaveLength(1);
    const read = await c.getSalesOrder(order.value.Id);
    expect(read.SalesOrderLines?.[0]?.Quantity).toBe(2);
    expect((await c.findSalesOrderByExternalReference('so-dropped-1'))?.Id).toBe(order.value.Id);
  });
});
