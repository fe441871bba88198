import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit } from '../../test/export-test-kit';

let kit: ExportKit;
beforeAll(async () => {
  kit = await createExportKit();
}, 120_000);
afterAll(() => kit?.close(), 60_000);

const perDay = async (prefix: string) => {
  const counts = new Map<string, number>();
  for (const v of await kit.vouchers())
    if (v.VoucherDate.startsWith(prefix)) counts.set(v.VoucherDate, (counts.get(v.VoucherDate) ?? 0) + 1);
  return counts;
};

describe('an interrupted transfer resumes without a duplicate', () => {
  it('stopping the app mid-transfer: a new app on the same database finishes the rest, each day once', async () => {
    const days = Array.from({ length: 8 }, (_, i) => `2026-03-0${i + 1}`);
    await kit.ingest(days.map((d, i) => cardSale(`S${i}`, d, 1000 + i)));
    // Slow PowerOffice answers, so the app is stopped while the transfer is under way (also when a
    // busy machine makes each poll below slow).
    await kit.sim('POST', '/_sim/faults', { latencyMs: 300 });
    const res = await kit.call('POST', `/api/departments/${kit.departmentId}/export/transfers`, {
      from: '2026-03-01',
      to: '2026-03-08',
    });
    const { transferId } = res.json() as { transferId: string };
    // Until two days are done, by a deadline (each day takes 300 ms at PowerOffice; a busy machine
    // adds to that), polling faster than days finish.
    let doneAtStop = 0;
    const deadline = Date.now() + 60_000;
    while (doneAtStop < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      doneAtStop = (
        (await kit.call('GET', `/api/transfers/${transferId}`)).json() as { progress: { done: number } }
      ).progress.done;
    }
    expect(doneAtStop, 'days done before the stop').toBeGreaterThanOrEqual(2);
    expect(doneAtStop).toBeLessThan(days.length);
    await kit.rebuild();
    await kit.sim('DELETE', '/_sim/faults');
    const result = await kit.waitFor(transferId);
    expect(result.status).toBe('done');
    expect(result.days.every((d) => d.status === 'sent' || d.status === 'already_sent')).toBe(true);
    const counts = await perDay('2026-03-0');
    expect([...counts.keys()].sort()).toEqual(days);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 180_000);

  it('a process killed after PowerOffice took the voucher but before it was recorded: the restart finds it by reference', async () => {
    await kit.ingest([cardSale('K1', '2026-03-10', 5000), cardSale('K2', '2026-03-11', 6000)]);
    const done = await kit.transfer('2026-03-10', '2026-03-11');
    const voucherNos = done.days.map((d) => d.voucherNo);
    // Put the database back to the instant between PowerOffice's commit and our bookkeeping:
    // the postings still 'sending', the days pending, the transfer running under a dead lease.
    const db = kit.app.db;
    await db
      .updateTable('export_postings')
      .set({ status: 'sending', voucher_id: null, voucher_no: null, posted_at: null })
      .where('transfer_id', '=', done.id)
      .execute();
    await db
      .updateTable('export_transfer_days')
      .set({ status: 'sending', voucher_no: null })
      .where('transfer_id', '=', done.id)
      .execute();
    await db
      .updateTable('export_transfers')
      .set({ status: 'running', lease_until: '2000-01-01T00:00:00.000Z', finished_at: null })
      .where('id', '=', done.id)
      .execute();

    await kit.rebuild();
    const resumed = await kit.waitFor(done.id);
    expect(resumed.days.map((d) => [d.status, d.voucherNo])).toEqual([
      ['sent', voucherNos[0]],
      ['sent', voucherNos[1]],
    ]);
    const counts = await perDay('2026-03-1');
    expect(counts.get('2026-03-10')).toBe(1);
    expect(counts.get('2026-03-11')).toBe(1);
    await kit.app.exportJobs.runner.idle();
  }, 120_000);
});
