import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './sim-harness.js';

const TOKEN = /\/OAuth\/Token$/;

describe('tokens against the simulator', () => {
  let simNow = Date.now();
  let sim: Simulator;
  let shortLived: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ now: () => new Date(simNow) });
    shortLived = await startSimulator({ tokenLifetimeSeconds: 2 });
  });
  afterAll(async () => {
    await sim?.close();
    await shortLived?.close();
  });

  it('asks for one token per key pair and reuses it', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const before = sim.wire.count(TOKEN);
    await c.listVatCodes();
    await c.listDepartments();
    await c.getLockDateSettings();
    expect(sim.wire.count(TOKEN) - before).toBe(1);
  });

  it('has one token request in flight when many callers start at once', async () => {
    const c = sim.client().forClient(sim.keysFor(1));
    const before = sim.wire.count(TOKEN);
    const answers = await Promise.all(Array.from({ length: 12 }, () => c.getClientIntegrationInformation()));
    expect(answers.every((a) => a.ClientName === 'Fjordkafé AS')).toBe(true);
    expect(sim.wire.count(TOKEN) - before).toBe(1);
  });

  it('keeps separate tokens for the main key and an add-on key of the same client', async () => {
    const po = sim.client();
    const before = sim.wire.count(TOKEN);
    await po.forClient(sim.keysFor(0, 0)).getClientIntegrationInformation();
    await po.forClient(sim.keysFor(0, 3)).getClientIntegrationInformation();
    await po.forClient(sim.keysFor(0, 0)).getClientIntegrationInformation();
    expect(sim.wire.count(TOKEN) - before).toBe(2);
  });

  it('renews a token before it runs out, without ever sending an expired one', async () => {
    const c = shortLived.client().forClient(shortLived.keysFor(0));
    await c.listVatCodes();
    await c.listVatCodes();
    expect(shortLived.wire.count(TOKEN)).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    await c.listVatCodes();
    expect(shortLived.wire.count(TOKEN)).toBe(2);
    expect(shortLived.wire.count(/\/v2\//, 401)).toBe(0);
  });

  it('gets a new token and succeeds when PowerOffice already considers the token expired', async () => {
    const c = sim.client().forClient(sim.keysFor(2));
    await c.getClientIntegrationInformation();
    const before = sim.wire.count(TOKEN);
    simNow += 21 * 60 * 1000;
    const info = await c.getClientIntegrationInformation();
    expect(info.ClientName).toBe('Mangelfull Regnskap AS');
    expect(sim.wire.count(TOKEN) - before).toBe(1);
    expect(sim.wire.count(/ClientIntegrationInformation/, 401)).toBe(1);
  });
});
