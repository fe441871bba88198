import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './sim-harness.js';

describe('the shared rate limit against the simulator', () => {
  let sim: Simulator;
  let stricter: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimitPerSecond: 10 });
    // A gateway stricter than the client believes, so real 429s reach the client.
    stricter = await startSimulator({ rateLimitPerSecond: 3 });
  });
  afterAll(async () => {
    await sim?.close();
    await stricter?.close();
  });

  it('spreads a burst of 40 requests from three clients and an add-on so none earns a 429', async () => {
    // Separate client objects, as separate jobs and departments would create them.
    const callers = [
      sim.client().forClient(sim.keysFor(0)),
      sim.client().forClient(sim.keysFor(1)),
      sim.client().forClient(sim.keysFor(0, 2)),
      sim.client().forClient(sim.keysFor(2)),
    ];
    const started = Date.now();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => callers[i % callers.length]!.listDepartments()),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(sim.wire.count(/./, 429)).toBe(0);
    // 44 requests (4 for tokens) at 10 per second cannot finish in about 4 s or less.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
  }, 20_000);

  it('waits out a 429 that still comes and retries, so the caller never sees it', async () => {
    const c = stricter.client({ rateLimitPerSecond: 10 }).forClient(stricter.keysFor(0));
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => c.listVatCodes()));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(stricter.wire.count(/./, 429)).toBeGreaterThan(0);
  }, 20_000);
});
