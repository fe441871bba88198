import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@qo/db/testing/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit, type TransferView } from './test/export-test-kit';
import { TRANSFER_LEASE_MS } from './services/export/transfer-runner';
import { stopTakingWork } from './shutdown';

/*
 * Two real BFF processes (src/server.ts, as deployed) on one PostgreSQL database with the
 * simulator. The one running a transfer gets SIGTERM mid-transfer: it turns unready, finishes the
 * days it is posting, hands the transfer back and exits 0; the other takes the transfer over at
 * once (not after the lease runs out) and finishes it; each day reaches PowerOffice exactly once,
 * and /metrics shows it.
 */

const bffDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Bff {
  name: string;
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  output: string[];
}

let kit: ExportKit;
const processes: Bff[] = [];

async function startBff(name: string): Promise<Bff> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: bffDir,
    env: {
      ...process.env,
      ...kit.env,
      DEMO_SEED: 'false',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      TRANSFER_POLL_MS: '250',
      SHUTDOWN_DRAIN_MS: '2000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (b: Buffer) => output.push(b.toString()));
  child.stderr!.on('data', (b: Buffer) => output.push(b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const bff: Bff = { name, url: `http://127.0.0.1:${port}`, child, exited, output };
  processes.push(bff);
  // Up when /readyz says so; a cold start (tsx compiling) on a busy machine takes a while.
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start:\n${output.join('')}`);
    const res = await fetch(`${bff.url}/readyz`).catch(() => null);
    if (res?.status === 200) return bff;
    if (Date.now() > deadline) throw new Error(`${name} not ready within 90 s:\n${output.join('')}`);
    await sleep(250);
  }
}

async function metrics(bff: Bff): Promise<string> {
  const res = await fetch(`${bff.url}/metrics`);
  if (res.status !== 200) throw new Error(`${bff.name} /metrics: ${res.status}`);
  return res.text();
}

function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.startsWith(`${name}{`) ? line.slice(name.length + 1, line.indexOf('}')) : '';
    if (Object.entries(labels).every(([k, v]) => labelText.split(',').includes(`${k}="${v}"`))) {
      return Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return 0;
}

beforeAll(async () => {
  kit = await createExportKit();
  // The kit's own in-process app only sets the data up and reads results: it takes no transfers.
  await stopTakingWork(kit.app);
}, 60_000);

afterAll(async () => {
  for (const p of processes) {
    if (p.child.exitCode === null && p.child.signalCode === null) {
      p.child.kill('SIGTERM');
      await Promise.race([p.exited, sleep(20_000)]);
      if (p.child.exitCode === null) p.child.kill('SIGKILL');
    }
  }
  await kit?.close();
}, 60_000);

describe('graceful shutdown of one of two BFF processes mid-transfer', () => {
  it('hands the transfer to the other at once; each day is sent exactly once; readyz and metrics tell', async () => {
    const days = Array.from({ length: 30 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
    await kit.ingest(days.map((d, i) => cardSale(`G${i}`, d, 4000 + i)));
    const [a, b] = await Promise.all([startBff('A'), startBff('B')]);
    // Slow PowerOffice answers, so the transfer is still under way when SIGTERM arrives.
    await kit.sim('POST', '/_sim/faults', { latencyMs: 700 });

    const cookie = Object.entries(kit.accountant.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const created = await fetch(`${a.url}/api/departments/${kit.departmentId}/export/transfers`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...kit.accountant.headers },
      body: JSON.stringify({ from: days[0], to: days[days.length - 1] }),
    });
    expect(created.status).toBe(202);
    const { transferId } = (await created.json()) as { transferId: string };

    // Whichever process runs it (the lease gives it to one) is the one stopped: its metrics show days sent.
    let running: Bff | undefined;
    let sentBeforeStop = 0;
    for (const deadline = Date.now() + 90_000; !running; await sleep(200)) {
      if (Date.now() > deadline) throw new Error('no process started sending the transfer within 90 s');
      for (const p of [a, b]) {
        const sent = sample(await metrics(p), 'qo_export_days_total', { result: 'sent' });
        if (sent >= 2) [running, sentBeforeStop] = [p, sent];
      }
    }
    const survivor = running === a ? b : a;
    expect(sentBeforeStop).toBeLessThan(days.length);

    const stopAt = Date.now();
    running.child.kill('SIGTERM');
    // It keeps answering for SHUTDOWN_DRAIN_MS, unready.
    let readiness: { status: number; body: { checks?: { shutdown?: string } } } | undefined;
    for (const deadline = Date.now() + 10_000; !readiness && Date.now() < deadline; await sleep(50)) {
      const res = await fetch(`${running.url}/readyz`).catch(() => null);
      if (res && res.status !== 200) readiness = { status: res.status, body: (await res.json()) as never };
    }
    expect(readiness?.status).toBe(503);
    expect(readiness?.body.checks?.shutdown).toBe('failed');
    expect(survivor.child.exitCode).toBeNull();

    const code = await Promise.race([running.exited, sleep(60_000).then(() => 'still running')]);
    expect(code, running.output.join('')).toBe(0);

    // Handed back, not left to its lease: either still queued with no lease, or already leased
    // again by the survivor after the SIGTERM.
    const row = await kit.app.db
      .selectFrom('export_transfers')
      .select(['status', 'lease_until'])
      .where('id', '=', transferId)
      .executeTakeFirstOrThrow();
    if (row.status === 'queued') expect(row.lease_until).toBeNull();
    else if (row.status === 'running')
      expect(Date.parse(row.lease_until!) - TRANSFER_LEASE_MS).toBeGreaterThanOrEqual(stopAt - 1000);
    else expect(row.status).toBe('done');
    // No day of the stopped process is left half-sent.
    const sending = await kit.app.db
      .selectFrom('export_postings')
      .select('business_day')
      .where('department_id', '=', kit.departmentId)
      .where('status', '=', 'sending')
      .execute();
    if (row.status === 'queued') expect(sending).toEqual([]);

    await kit.sim('DELETE', '/_sim/faults');
    let view: TransferView | undefined;
    for (const deadline = Date.now() + 90_000; Date.now() < deadline; await sleep(200)) {
      const res = await kit.call('GET', `/api/transfers/${transferId}`);
      view = res.json() as TransferView;
      if (view.status === 'done' || view.status === 'failed') break;
    }
    expect(view?.status, survivor.output.join('')).toBe('done');
    // Far sooner than the stopped process's lease would have run out.
    expect(Date.now() - stopAt).toBeLessThan(TRANSFER_LEASE_MS);
    expect(view!.days.every((d) => d.status === 'sent' || d.status === 'already_sent')).toBe(true);

    const posted = (await kit.vouchers()).filter((v) => days.includes(v.VoucherDate));
    expect(posted.map((v) => v.VoucherDate).sort()).toEqual(days);
    expect(new Set(posted.map((v) => v.ExternalImportReference)).size).toBe(days.length);

    const text = await metrics(survivor);
    const survivorSent = sample(text, 'qo_export_days_total', { result: 'sent' });
    expect(survivorSent).toBeGreaterThanOrEqual(1);
    expect(survivorSent).toBeLessThanOrEqual(days.length - sentBeforeStop);
    expect(
      sample(text, 'qo_poweroffice_requests_total', { operation: 'postCashVoucher', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(survivorSent);
    expect(sample(text, 'qo_export_open_transfers', { status: 'running' })).toBe(0);
    expect(sample(text, 'qo_export_unsent_days')).toBe(0);
  }, 300_000);
});
