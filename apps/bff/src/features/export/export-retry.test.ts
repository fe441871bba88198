import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit } from '../../test/export-test-kit';

/*
 * The export against a PowerOffice that misbehaves for a while: a write that lands after the
 * client gave up, a storm of 429s, a burst of 5xx. The timings are short but keep production's
 * order: request timeout < settle window < retry window.
 */

interface SimWrite {
  Kind: string;
  Status: number;
  Body: { ExternalImportReference?: string };
}

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const d = new Date(`${from}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });

describe('transient PowerOffice trouble during a transfer', () => {
  let kit: ExportKit;
  beforeAll(async () => {
    kit = await createExportKit({
      POWEROFFICE_TIMEOUT_MS: '1500',
      POWEROFFICE_SETTLE_MS: '4000',
      EXPORT_RETRY_WINDOW_MS: '40000',
    });
  }, 60_000);
  afterAll(() => kit?.close());

  it('never sends a voucher again that PowerOffice commits after the client gave up; the day is sent once', async () => {
    const day = '2026-01-05';
    await kit.ingest([cardSale('L1', day, 12_300)]);
    // Held past the client's timeout (1.5 s), committed before the settle window (4 s) is over.
    await kit.sim('POST', '/_sim/faults', { commitAfterClientGaveUp: { count: 1, holdMs: 2500 } });
    try {
      const result = await kit.transfer(day, day);
      expect(result.status).toBe('done');
      expect(result.days[0]).toMatchObject({ status: 'sent', voucherNo: expect.any(Number) });
      const reference = result.days[0]!.externalReference!;
      const posted = (await kit.sim('GET', '/_sim/posted')) as { Requests: SimWrite[] };
      const posts = posted.Requests.filter(
        (r) => r.Kind === 'cashVoucher' && r.Body.ExternalImportReference === reference,
      );
      expect(posts).toHaveLength(1);
      expect((await kit.vouchers()).filter((v) => v.VoucherDate === day)).toHaveLength(1);
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
  }, 60_000);

  it('rides out a 429 storm shorter than the retry window: no day failed, the transfer done', async () => {
    const storm = days('2026-01-12', 3);
    await kit.ingest(storm.map((d, i) => cardSale(`S${i}`, d, 5_000 + i)));
    // Longer than the client's own patience with 429s (5 waits of about a second).
    await kit.sim('POST', '/_sim/faults', { rateLimitedForMs: 9_000 });
    try {
      const result = await kit.transfer(storm[0]!, storm[2]!);
      expect(result.days.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
      expect(result.status).toBe('done');
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    const vouchers = (await kit.vouchers()).filter((v) => storm.includes(v.VoucherDate));
    expect(vouchers.map((v) => v.VoucherDate).sort()).toEqual(storm);
  }, 90_000);

  it('rides out a burst of 5xx answers longer than the client retries: no day failed, each sent once', async () => {
    const burst = days('2026-01-19', 3);
    await kit.ingest(burst.map((d, i) => cardSale(`B${i}`, d, 6_000 + i)));
    await kit.sim('POST', '/_sim/faults', { nextFailures: { count: 10, status: 503 } });
    try {
      const result = await kit.transfer(burst[0]!, burst[2]!);
      expect(result.days.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
      expect(result.status).toBe('done');
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    const vouchers = (await kit.vouchers()).filter((v) => burst.includes(v.VoucherDate));
    expect(vouchers.map((v) => v.VoucherDate).sort()).toEqual(burst);
  }, 120_000);

  it('posts a 30-day transfer one day after the other: voucher numbers follow the dates', async () => {
    const month = days('2026-03-01', 30);
    await kit.ingest(month.map((d, i) => cardSale(`N${i}`, d, 7_000 + i)));
    // A little latency lets answers overtake each other if more than one voucher were in flight.
    await kit.sim('POST', '/_sim/faults', { latencyMs: 20 });
    try {
      const result = await kit.transfer(month[0]!, month[29]!);
      expect(result.status).toBe('done');
      expect(result.days.map((d) => d.status)).toEqual(month.map(() => 'sent'));
      const numbers = result.days.map((d) => d.voucherNo!);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      const vouchers = (await kit.vouchers()).filter((v) => month.includes(v.VoucherDate));
      const byNumber = [...vouchers].sort((a, b) => a.VoucherNo - b.VoucherNo).map((v) => v.VoucherDate);
      expect(byNumber).toEqual(month);
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
  }, 120_000);
});

describe('a PowerOffice outage longer than the retry window', () => {
  let kit: ExportKit;
  beforeAll(async () => {
    kit = await createExportKit({ EXPORT_RETRY_WINDOW_MS: '2000' });
  }, 60_000);
  afterAll(() => kit?.close());

  it('ends the transfer "done with failures", the days failed with PowerOffice\'s reason', async () => {
    const outage = days('2026-01-26', 2);
    await kit.ingest(outage.map((d, i) => cardSale(`U${i}`, d, 8_000 + i)));
    await kit.sim('POST', '/_sim/faults', { rateLimitedForMs: 120_000 });
    try {
      const result = await kit.transfer(outage[0]!, outage[1]!);
      expect(result.status).toBe('done_with_failures');
      expect(result.days.map((d) => d.status)).toEqual(['failed', 'failed']);
      expect(result.days[0]!.message).toMatch(/429|throttl|rate/i);
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    expect((await kit.vouchers()).filter((v) => outage.includes(v.VoucherDate))).toHaveLength(0);
    // Once PowerOffice answers again, a new transfer sends them.
    const again = await kit.transfer(outage[0]!, outage[1]!);
    expect(again.status).toBe('done');
    expect(again.days.map((d) => d.status)).toEqual(['sent', 'sent']);
  }, 120_000);
});
