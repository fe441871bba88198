import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayAction,
  expectBookedOnce,
  heldOrDone,
  sendingOrDone,
  transferThenChange,
} from '../../test/export-race-kit';
import { cardSale, createExportKit, type ExportKit, type TransferView } from '../../test/export-test-kit';

/*
 * Two BFF instances on one PostgreSQL database (the deployment for many restaurants): transfers
 * started on both at once, each also run by the other instance, post each day's voucher once. The
 * transfer lease keeps a transfer to one instance, the day's claim keeps a day to one holder at a
 * time (a transfer, a correction or a reversal), whichever instance it runs on.
 */

let kit: ExportKit;
let other: FastifyInstance;
beforeAll(async () => {
  kit = await createExportKit();
  other = await kit.buildInstance();
}, 120_000);
afterAll(async () => {
  await other?.close();
  await kit?.close();
});

const days = Array.from({ length: 12 }, (_, i) => `2026-01-${String(i + 5).padStart(2, '0')}`);

/** Until the transfer ends (done or failed), asked on `app`; generous, for a busy machine. */
async function waitOn(app: FastifyInstance, transferId: string, timeoutMs = 150_000): Promise<TransferView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/transfers/${transferId}`,
      cookies: kit.accountant.cookies,
    });
    const view = res.json() as TransferView;
    if (view.status === 'done' || view.status === 'failed' || view.status === 'done_with_failures')
      return view;
    if (Date.now() > deadline)
      throw new Error(`transfer ${transferId} did not finish within ${timeoutMs} ms: ${res.body}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function startTransfer(app: FastifyInstance, from: string, to: string) {
  return app.inject({
    method: 'POST',
    url: `/api/departments/${kit.departmentId}/export/transfers`,
    cookies: kit.accountant.cookies,
    headers: kit.accountant.headers,
    payload: { from, to },
  });
}

describe('two BFF instances on one PostgreSQL database', () => {
  it('share it: a session made on one is valid on the other', async () => {
    expect(kit.app.dbHandle.dialect).toBe('postgres');
    expect(other.dbHandle.dialect).toBe('postgres');
    const res = await other.inject({ method: 'GET', url: '/api/me', cookies: kit.accountant.cookies });
    expect(res.statusCode).toBe(200);
  });

  it('POS batches ingested on both at once into the same hour are all summed (the hour totals lose no batch)', async () => {
    const day = '2026-02-02';
    const batches = Array.from({ length: 10 }, (_, b) =>
      Array.from({ length: 5 }, (_, i) => cardSale(`H${b}-${i}`, day, 1000 + 100 * b + i)),
    );
    await Promise.all(batches.map((batch, b) => kit.ingest(batch, [], b % 2 === 0 ? kit.app : other)));
    const expected = batches.flat().reduce((sum, o) => sum + o.payments[0]!.amount, 0);
    for (const app of [kit.app, other]) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/departments/${kit.departmentId}/export/preview?from=${day}&to=${day}`,
        cookies: kit.accountant.cookies,
      });
      expect(res.statusCode, res.body).toBe(200);
      const lines = res.json().vouchers[0].lines as { accountNo: number; amount: number }[];
      expect(lines.find((l) => l.accountNo === 1503)?.amount).toBe(expected);
    }
  }, 60_000);

  it('overlapping transfers started on both at once, each also run by the other instance, post each day once', async () => {
    await kit.ingest(days.map((d, i) => cardSale(`M${i}`, d, 10_000 + i)));
    const start = (app: FastifyInstance, from: string, to: string) =>
      app.inject({
        method: 'POST',
        url: `/api/departments/${kit.departmentId}/export/transfers`,
        cookies: kit.accountant.cookies,
        headers: kit.accountant.headers,
        payload: { from, to },
      });
    const [a, b] = await Promise.all([start(kit.app, days[0]!, days[11]!), start(other, days[3]!, days[9]!)]);
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([202, 202]);
    const ids = [a.json().transferId as string, b.json().transferId as string];
    // Each instance also tries to run the other's transfer, and both pick up whatever is resumable.
    other.exportJobs.runner.enqueue(ids[0]!);
    kit.app.exportJobs.runner.enqueue(ids[1]!);
    await Promise.all([kit.app.exportJobs.runner.resumeAll(), other.exportJobs.runner.resumeAll()]);
    const [ra, rb] = await Promise.all([waitOn(kit.app, ids[0]!), waitOn(other, ids[1]!)]);
    expect([ra.status, rb.status]).toEqual(['done', 'done']);

    const posted = (await kit.vouchers()).filter((v) => days.includes(v.VoucherDate));
    expect(posted.map((v) => v.VoucherDate).sort()).toEqual(days);
    expect(new Set(posted.map((v) => v.ExternalImportReference)).size).toBe(days.length);
    for (const day of days.slice(3, 10)) {
      const statuses = [ra, rb].map((r) => r.days.find((d) => d.businessDay === day)!.status);
      expect(
        statuses.filter((s) => s === 'sent'),
        `${day}: ${statuses.join(', ')}`,
      ).toHaveLength(1);
    }
    // One row per day and version in the database, all sent.
    const postings = await kit.app.db
      .selectFrom('export_postings')
      .select(['business_day', 'status'])
      .where('department_id', '=', kit.departmentId)
      .execute();
    expect(
      postings
        .filter((p) => days.includes(p.business_day))
        .map((p) => [p.business_day, p.status])
        .sort(),
    ).toEqual(days.map((d) => [d, 'sent']));
  }, 60_000);

  it('a second transfer of the same days from the other instance posts nothing new', async () => {
    const before = (await kit.vouchers()).length;
    const res = await other.inject({
      method: 'POST',
      url: `/api/departments/${kit.departmentId}/export/transfers`,
      cookies: kit.accountant.cookies,
      headers: kit.accountant.headers,
      payload: { from: days[0], to: days[11] },
    });
    expect(res.statusCode).toBe(202);
    const view = await waitOn(other, res.json().transferId);
    expect(new Set(view.days.map((d) => d.status))).toEqual(new Set(['already_sent']));
    expect((await kit.vouchers()).length).toBe(before);
  }, 60_000);

  it('six transfers of the same month started on both at once all end done, each day sent exactly once', async () => {
    const month = Array.from({ length: 30 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
    await kit.ingest(month.map((d, i) => cardSale(`SIX${i}`, d, 20_000 + i)));
    const started = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        startTransfer(i % 2 === 0 ? kit.app : other, month[0]!, month[29]!),
      ),
    );
    expect(started.map((r) => r.statusCode)).toEqual(Array(6).fill(202));
    await Promise.all([kit.app.exportJobs.runner.resumeAll(), other.exportJobs.runner.resumeAll()]);
    const results = await Promise.all(
      started.map((r, i) => waitOn(i % 2 === 0 ? kit.app : other, r.json().transferId as string)),
    );
    expect(
      results.map((r) => [r.status, r.progress.done]),
      JSON.stringify(results.map((r) => r.days.filter((d) => !['sent', 'already_sent'].includes(d.status)))),
    ).toEqual(Array(6).fill(['done', 30]));
    for (const day of month) {
      const statuses = results.map((r) => r.days.find((d) => d.businessDay === day)!.status);
      expect(
        statuses.filter((s) => s === 'sent'),
        `${day}: ${statuses.join(', ')}`,
      ).toHaveLength(1);
      expect(
        statuses.filter((s) => s === 'already_sent'),
        `${day}: ${statuses.join(', ')}`,
      ).toHaveLength(5);
    }
    const posted = (await kit.vouchers()).filter((v) => v.VoucherDate.startsWith('2026-03-'));
    expect(posted.map((v) => v.VoucherDate).sort()).toEqual(month);
  }, 240_000);

  it('a correction on one instance and a reversal on the other, in either order, leave each day booked once', async () => {
    const correctionFirst = ['2026-04-06', '2026-04-07'];
    const reversalFirst = ['2026-04-08', '2026-04-09'];
    await transferThenChange(kit, [...correctionFirst, ...reversalFirst], 'MI');
    await kit.sim('POST', '/_sim/faults', { latencyMs: 200 });
    try {
      const answers = await Promise.all([
        ...correctionFirst.map(async (day) => {
          const correction = dayAction(kit, kit.app, 'correction', day);
          await sendingOrDone(kit, day, correction);
          const reversal = dayAction(kit, other, 'reverse', day);
          return { correction: await correction, reversal: await reversal };
        }),
        ...reversalFirst.map(async (day) => {
          const reversal = dayAction(kit, kit.app, 'reverse', day);
          await heldOrDone(kit, day, 'reversal', reversal);
          const correction = dayAction(kit, other, 'correction', day);
          return { correction: await correction, reversal: await reversal };
        }),
      ]);
      expect(answers.map((a) => [a.correction.statusCode, a.reversal.statusCode])).toEqual([
        [200, 200],
        [200, 200],
        [422, 200],
        [422, 200],
      ]);
      expect(answers.slice(2).map((a) => a.correction.json().code)).toEqual(['day_reversed', 'day_reversed']);
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    const again = await waitOn(
      other,
      (await startTransfer(other, '2026-04-06', '2026-04-09')).json().transferId as string,
    );
    expect(again.days.map((d) => d.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    for (const day of [...correctionFirst, ...reversalFirst]) await expectBookedOnce(kit, day, 2);
  }, 120_000);

  it('two instances transferring at once stay within 10 requests/s at PowerOffice (one budget in the database)', async () => {
    const spanOf = (from: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        new Date(Date.parse(`${from}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
      );
    const [first, second] = [spanOf('2026-05-01', 25), spanOf('2026-06-01', 25)];
    await kit.ingest([...first, ...second].map((d, i) => cardSale(`R${i}`, d, 20_000 + i)));
    const logBefore = ((await kit.sim('GET', '/_sim/requests')) as { Requests: unknown[] }).Requests.length;
    const start = (app: FastifyInstance, from: string, to: string) =>
      app.inject({
        method: 'POST',
        url: `/api/departments/${kit.departmentId}/export/transfers`,
        cookies: kit.accountant.cookies,
        headers: kit.accountant.headers,
        payload: { from, to },
      });
    const [a, b] = await Promise.all([
      start(kit.app, first[0]!, first.at(-1)!),
      start(other, second[0]!, second.at(-1)!),
    ]);
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([202, 202]);
    const [ra, rb] = await Promise.all([
      waitOn(kit.app, a.json().transferId),
      waitOn(other, b.json().transferId),
    ]);
    expect([ra.status, rb.status]).toEqual(['done', 'done']);
    expect([...ra.days, ...rb.days].every((d) => d.status === 'sent')).toBe(true);

    const log = (
      (await kit.sim('GET', '/_sim/requests')) as { Requests: { at: string; status: number | null }[] }
    ).Requests.slice(logBefore);
    expect(log.length).toBeGreaterThanOrEqual(50);
    expect(log.filter((r) => r.status === 429)).toHaveLength(0);
    const perSecond = new Map<string, number>();
    for (const r of log) perSecond.set(r.at.slice(0, 19), (perSecond.get(r.at.slice(0, 19)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(10);
    // Also in any one-second window, as PowerOffice's gateway counts.
    const instants = log.map((r) => Date.parse(r.at)).sort((x, y) => x - y);
    const busiest = Math.max(...instants.map((t, i) => instants.slice(i).filter((u) => u < t + 1000).length));
    expect(busiest).toBeLessThanOrEqual(10);
  }, 120_000);
});
