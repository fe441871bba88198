import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPowerOfficeError } from '../src/index.js';
import { startSimulator, type Simulator } from './sim-harness.js';

describe('retries of reads against the simulator', () => {
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

  it('retries a read through injected 503s and returns the data', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    await c.getClientIntegrationInformation(); // token first, so only the read meets the faults
    await sim.faults({ nextFailures: { count: 2, status: 503 } });
    const before = sim.wire.count(/\/VatCodes$/);
    const codes = await c.listVatCodes();
    expect(codes.length).toBeGreaterThan(5);
    expect(sim.wire.count(/\/VatCodes$/) - before).toBe(3);
  });

  it('retries a read after a timeout', async () => {
    const c = sim.client({ timeoutMs: 300 }).forClient(sim.keysFor(0));
    await c.getClientIntegrationInformation();
    await sim.faults({ nextFailures: { count: 1, status: 'timeout' }, timeoutMs: 2000 });
    const departments = await c.listDepartments();
    expect(departments.length).toBeGreaterThan(0);
    expect(sim.wire.requests.some((r) => r.path.endsWith('/Departments') && r.status === 'no-answer')).toBe(
      true,
    );
  });

  it('reports unavailable, with the reason, when the failures outlast the retries', async () => {
    const c = sim
      .client({ retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 } })
      .forClient(sim.keysFor(0));
    await c.getClientIntegrationInformation();
    await sim.faults({ nextFailures: { count: 5, status: 500 } });
    const error = await c.listProducts().catch((e: unknown) => e);
    expect(isPowerOfficeError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(/unavailable.*500/i);
    expect(sim.wire.count(/\/Products$/, 500)).toBe(3);
  });
});
