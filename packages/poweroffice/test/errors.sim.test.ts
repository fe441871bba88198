import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPowerOfficeError, type ManualVoucherPost, type PowerOfficeError } from '../src/index.js';
import { startSimulator, type Simulator } from './sim-harness.js';
import { saleVoucher } from './voucher-fixture.js';

async function failure(promise: Promise<unknown>): Promise<PowerOfficeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isPowerOfficeError(error)) throw new Error(`expected a PowerOfficeError, got ${String(error)}`);
  return error;
}

describe('each error kind, as the simulator produces it', () => {
  let sim: Simulator;
  let throttled: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
    throttled = await startSimulator({ rateLimitPerSecond: 1 });
  });
  afterAll(async () => {
    await sim?.close();
    await throttled?.close();
  });

  it('invalid_keys: a client key that does not belong to the application key, with PowerOffice text', async () => {
    const error = await failure(
      sim
        .client()
        .forClient({ applicationKey: sim.mainApplicationKey, clientKey: randomUUID() })
        .listVatCodes(),
    );
    expect(error.kind).toBe('invalid_keys');
    expect(error.detail).toMatch(/client integration was not found/i);
  });

  it('invalid_keys: a wrong subscription key', async () => {
    const error = await failure(
      sim.client({ subscriptionKey: randomUUID() }).forClient(sim.keysFor(0)).listVatCodes(),
    );
    expect(error.kind).toBe('invalid_keys');
    expect(error.detail).toMatch(/subscription key/i);
  });

  it('missing_module: the client lacks the Go module behind voucher posting, with the lists', async () => {
    const c = sim.client().forClient(sim.keysFor(2));
    const voucher: ManualVoucherPost = {
      VoucherDate: '2026-08-03',
      CurrencyCode: 'NOK',
      ExternalImportReference: 'e-module-1',
      VoucherLines: [],
    };
    const error = await failure(c.postManualVoucher(voucher));
    expect(error.kind).toBe('missing_module');
    expect(error.privileges).toMatchObject({
      required: 'ManualVoucher_Full',
      activeClientSubscriptions: ['AccountingNano'],
    });
    expect(error.privileges?.invalidPrivileges).toContain('ManualVoucher_Full');
    expect(error.message).toContain('Mangelfull Regnskap AS');
  });

  it('validation: an unbalanced voucher keeps PowerOffice text and the field errors', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const voucher = await saleVoucher(c, 'e-unbalanced-1');
    voucher.VoucherLines![1]!.CurrencyAmount = -1000;
    const error = await failure(c.postManualVoucher(voucher));
    expect(error.kind).toBe('validation');
    expect(error.status).toBe(400);
    expect(error.detail).toMatch(/does not balance/);
    expect(error.fieldErrors).toContainEqual({
      path: 'VoucherLines',
      message: expect.stringMatching(/does not balance/),
    });
  });

  it('validation: a misspelt field is refused before anything is sent', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const voucher = await saleVoucher(c, 'e-typo-1');
    const line = voucher.VoucherLines![0]! as Record<string, unknown>;
    line.CurrencyAmmount = line.CurrencyAmount;
    delete line.CurrencyAmount;
    const before = sim.wire.count(/\/Vouchers\/ManualJournals$/);
    const error = await failure(c.postManualVoucher(voucher));
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['VoucherLines.0.CurrencyAmount', 'VoucherLines.0']),
    );
    expect(sim.wire.count(/\/Vouchers\/ManualJournals$/)).toBe(before);
  });

  it('duplicate: the reference is taken by a voucher this application key cannot read', async () => {
    const main = sim.client().forClient(sim.keysFor(0, 0));
    const addOn = sim.client().forClient(sim.keysFor(0, 1));
    await main.postManualVoucher(await saleVoucher(main, 'e-dup-1'));
    const error = await failure(addOn.postManualVoucher(await saleVoucher(addOn, 'e-dup-1')));
    expect(error.kind).toBe('duplicate');
    expect(error.externalImportReference).toBe('e-dup-1');
    expect(error.detail).toMatch(/already exists/);
  });

  it('not_found: a voucher id PowerOffice does not know', async () => {
    const error = await failure(sim.client().forClient(sim.keysFor(0)).getManualVoucher(randomUUID()));
    expect(error.kind).toBe('not_found');
    expect(error.detail).toMatch(/not found/i);
  });

  it('rate_limited: 429s beyond what the client is allowed to wait out', async () => {
    const c = throttled
      .client({ rateLimitPerSecond: 20, retry: { maxRateLimitRetries: 0 } })
      .forClient(throttled.keysFor(0));
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => c.listVatCodes()));
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as PowerOfficeError] : []));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.kind === 'rate_limited' && (e.retryAfterSeconds ?? 0) >= 1)).toBe(true);
  });

  it('unavailable: the simulator answers 503 to every attempt', async () => {
    const c = sim
      .client({ retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 10 } })
      .forClient(sim.keysFor(1));
    await c.getClientIntegrationInformation();
    await sim.faults({ nextFailures: { count: 2, status: 503 } });
    const error = await failure(c.getLockDateSettings());
    expect(error.kind).toBe('unavailable');
    expect(error.status).toBe(503);
    await sim.clearFaults();
  });
});
