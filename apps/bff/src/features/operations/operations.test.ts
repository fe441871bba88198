import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config/config';
import { stopTakingWork } from '../../shutdown';
import { createTestApp } from '../../test/test-app';
import { cardSale, createExportKit, type ExportKit } from '../../test/export-test-kit';

/** The value of one sample in Prometheus text format, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.slice(name.length).startsWith('{')
      ? line.slice(name.length + 1, line.indexOf('}'))
      : '';
    const has = Object.entries(labels).every(([k, v]) => labelText.split(',').includes(`${k}="${v}"`));
    if (has) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('/healthz and /readyz', () => {
  it('are alive and ready, outside /api and without a session', async () => {
    const t = await createTestApp();
    try {
      const health = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: 'ok' });
      const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({
        status: 'ready',
        checks: { database: 'ok', migrations: 'ok', shutdown: 'ok' },
      });
    } finally {
      await t.close();
    }
  }, 60_000);

  it('is unready while a migration this code knows has not run', async () => {
    const t = await createTestApp();
    try {
      const last = await t.app.db
        .selectFrom('kysely_migration' as never)
        .select(['name' as never, 'timestamp' as never])
        .orderBy('name' as never, 'desc')
        .executeTakeFirstOrThrow();
      await t.app.db
        .deleteFrom('kysely_migration' as never)
        .where('name' as never, '=', (last as { name: string }).name as never)
        .execute();
      const res = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        status: 'unready',
        checks: { database: 'ok', migrations: 'failed', shutdown: 'ok' },
      });
      await t.app.db
        .insertInto('kysely_migration' as never)
        .values(last as never)
        .execute();
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  }, 60_000);

  it('turns unready once a shutdown begins, while /healthz stays alive', async () => {
    const t = await createTestApp();
    try {
      await stopTakingWork(t.app);
      const res = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().checks.shutdown).toBe('failed');
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe('GET /metrics', () => {
  it('wants the METRICS_TOKEN as a bearer token when one is configured', async () => {
    const t = await createTestApp({ METRICS_TOKEN: 'a-metrics-token-for-tests' });
    try {
      const none = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(none.statusCode).toBe(401);
      expect(none.headers['content-type']).toContain('application/problem+json');
      const wrong = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: 'Bearer wrong-token-of-same-size' },
      });
      expect(wrong.statusCode).toBe(401);
      const ok = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: 'Bearer a-metrics-token-for-tests' },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['content-type']).toContain('text/plain');
    } finally {
      await t.close();
    }
  }, 60_000);

  it('is off in production until a token is configured', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qo-metrics-'));
    const env = {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      POWEROFFICE_SUBSCRIPTION_KEY: 's',
      POWEROFFICE_APPLICATION_KEY: 'a',
    };
    try {
      const off = await buildApp({ config: loadConfig(env), logger: false });
      expect((await off.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
      await off.close();
      const on = await buildApp({
        config: loadConfig({ ...env, METRICS_TOKEN: 'a-metrics-token-for-tests' }),
        logger: false,
      });
      const res = await on.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: 'Bearer a-metrics-token-for-tests' },
      });
      expect(res.statusCode).toBe(200);
      await on.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('metrics of a transfer', () => {
  let kit: ExportKit;
  beforeAll(async () => {
    kit = await createExportKit();
  }, 60_000);
  afterAll(() => kit?.close(), 60_000);

  it('count the days posted, the PowerOffice requests by outcome, HTTP latency by route, and the unsent backlog', async () => {
    const days = ['2026-01-12', '2026-01-13', '2026-01-14'];
    await kit.ingest(days.map((d, i) => cardSale(`MX${i}`, d, 2000 + i)));
    const view = await kit.transfer(days[0]!, days[2]!);
    expect(view.days.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);

    const scrape = async () => (await kit.app.inject({ method: 'GET', url: '/metrics' })).body;
    let text = await scrape();
    expect(sample(text, 'qo_export_days_total', { result: 'sent' })).toBe(3);
    expect(
      sample(text, 'qo_poweroffice_requests_total', { operation: 'postCashVoucher', outcome: 'ok' }),
    ).toBe(3);
    expect(
      sample(text, 'qo_http_request_duration_seconds_count', {
        route: '/api/transfers/:transferId',
        method: 'GET',
      }),
    ).toBeGreaterThan(0);
    expect(sample(text, 'qo_export_unsent_days')).toBe(0);
    expect(sample(text, 'qo_export_oldest_unsent_day_timestamp_seconds')).toBe(0);
    expect(sample(text, 'qo_sales_order_outbox_depth', { status: 'pending' })).toBe(0);

    // A 5xx answer from PowerOffice is counted by its outcome (the retry then gets the day through).
    const serverErrors = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('qo_poweroffice_requests_total{') && l.includes('outcome="server_error"'))
        .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
    expect(serverErrors(text)).toBe(0);
    await kit.sim('POST', '/_sim/faults', { nextFailures: { count: 1, status: 503 } });
    await kit.ingest([cardSale('MX9', '2026-01-15', 3000)]);
    expect((await kit.transfer('2026-01-15', '2026-01-15')).days[0]!.status).toBe('sent');
    await kit.sim('DELETE', '/_sim/faults');
    text = await scrape();
    expect(serverErrors(text)).toBe(1);
    expect(sample(text, 'qo_export_days_total', { result: 'sent' })).toBe(4);

    // A day left unsent (its transfer day failed, no voucher) shows in the backlog, oldest first.
    const transferId = view.id;
    await kit.app.db
      .updateTable('export_transfer_days')
      .set({ status: 'failed' })
      .where('transfer_id', '=', transferId)
      .where('business_day', '=', '2026-01-13')
      .execute();
    await kit.app.db
      .deleteFrom('export_postings')
      .where('department_id', '=', kit.departmentId)
      .where('business_day', '=', '2026-01-13')
      .execute();
    text = await scrape();
    expect(sample(text, 'qo_export_unsent_days')).toBe(1);
    expect(sample(text, 'qo_export_oldest_unsent_day_timestamp_seconds')).toBe(
      Date.parse('2026-01-13T00:00:00Z') / 1000,
    );
  }, 120_000);
});
