import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, toOsloLocal } from '@qo/accounting';
import type { Reconciliation } from '@qo/contracts';
import { buildSimulator } from '@qo/poweroffice-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config/config';
import { logIn } from '../test/test-app';
import { TEST_POWEROFFICE_TIMING } from '../test/test-timing';
import { runDemoBookkeeping, shouldRunDemoBookkeeping, simulatorBase } from './bookkeeping';
import { seedDemoSales } from './generator-seed';
import { planDemoSettlements } from './settlement-plan';

/*
 * `npm start`'s demo bookkeeping against a real simulator: the demo sales, Sentrum connected, last
 * month transferred and its settlements booked; then Avstemming for that month shows what the plan
 * booked: the missing day and the short one flagged, the rest settled (late ones as late).
 */

let sim: FastifyInstance;
let app: FastifyInstance;
let dataDir: string;

beforeAll(async () => {
  sim = await buildSimulator({ rateLimitPerSecond: 50 });
  await sim.listen({ port: 0, host: '127.0.0.1' });
  const address = sim.server.address();
  const simUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  dataDir = mkdtempSync(join(tmpdir(), 'qo-demo-books-'));
  const config = loadConfig({
    ...TEST_POWEROFFICE_TIMING,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_SEED: 'true',
    DEMO_RECONCILIATION: 'true',
    POWEROFFICE_TOKEN_URL: `${simUrl}/OAuth/Token`,
    POWEROFFICE_API_URL: `${simUrl}/v2`,
    POWEROFFICE_RATE_LIMIT_PER_SECOND: '50',
  });
  app = await buildApp({ config, logger: false, demoSteps: [seedDemoSales] });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo bookkeeping', () => {
  it('finds the simulator from the API URL', () => {
    expect(simulatorBase('http://127.0.0.1:4010/v2')).toBe('http://127.0.0.1:4010');
    expect(simulatorBase('http://127.0.0.1:4010/Demo/v2/')).toBe('http://127.0.0.1:4010');
  });

  it('transfers last month and books its settlements once; Avstemming then flags the missing and the short day', async () => {
    expect(await shouldRunDemoBookkeeping(app)).toBe(true);
    const messages: string[] = [];
    await runDemoBookkeeping(app, { info: (m) => messages.push(m), warn: (m) => messages.push(`WARN ${m}`) });
    expect(messages.join('\n')).not.toContain('WARN');
    expect(await shouldRunDemoBookkeeping(app)).toBe(false);

    const accountant = await logIn(app, 'regnskap@demo.no');
    const departments = (
      await app.inject({ method: 'GET', url: '/api/departments', cookies: accountant.cookies })
    ).json() as { id: string; name: string }[];
    const sentrum = departments.find((d) => d.name === 'Sentrum')!;
    const today = toOsloLocal(Date.now()).date;
    const to = addDays(`${today.slice(0, 7)}-01`, -1);
    const from = `${to.slice(0, 7)}-01`;
    const res = await app.inject({
      method: 'GET',
      url: `/api/departments/${sentrum.id}/reconciliation?from=${from}&to=${to}`,
      cookies: accountant.cookies,
    });
    expect(res.statusCode).toBe(200);
    const result = res.json() as Reconciliation;
    const card = result.accounts.find((a) => a.accountNo === 1503)!;
    const vipps = result.accounts.find((a) => a.accountNo === 1505)!;
    expect(card.days.length).toBeGreaterThan(20);

    // The same plan, from what the reconciliation says was debited.
    const plan = planDemoSettlements(
      sentrum.id,
      [...card.days, ...vipps.days].map((d, i) => ({
        accountNo: i < card.days.length ? 1503 : 1505,
        businessDay: d.businessDay,
        amount: d.debit,
      })),
      today,
    );
    const status = (day: string) => card.days.find((d) => d.businessDay === day)!;
    expect(status(plan.missing[0]!.businessDay)).toMatchObject({
      status: 'missing',
      flagged: true,
      credited: 0,
    });
    const short = plan.settlements.find((s) => s.kind === 'short')!;
    expect(status(short.days[0]!)).toMatchObject({
      status: 'short',
      flagged: true,
      credited: short.GrossOre,
      fee: short.FeeOre,
    });
    for (const s of plan.settlements.filter((x) => x.ClearingAccountNo === 1503 && x.kind !== 'short')) {
      for (const day of s.days) expect([day, status(day).status]).toEqual([day, 'settled']);
      if (s.kind === 'late') expect(status(s.days[0]!).late).toBe(true);
      if (s.kind === 'weekend')
        expect(status(s.days[1]!).transactions.find((t) => t.role === 'settlement')!.sharedWith).toEqual([
          s.days[0],
        ]);
    }
    expect(card.flaggedDays).toBe(2);
    expect(vipps.flaggedDays).toBe(0);
  }, 300_000);
});
