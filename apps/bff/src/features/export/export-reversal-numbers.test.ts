import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit, type SimVoucher } from '../../test/export-test-kit';

/*
 * The reversal voucher's number in the export history: read from PowerOffice's ledger when the day
 * is reversed, and, when PowerOffice has not numbered it yet (a reversal answered 202), filled in
 * by the next history read or transfer. Runs on SQLite and PostgreSQL (migration 0019's columns).
 */

let kit: ExportKit;
beforeAll(async () => {
  kit = await createExportKit();
}, 120_000);
afterAll(() => kit?.close());

const dept = () => `/api/departments/${kit.departmentId}`;
const history = async (day: string) =>
  (await kit.call('GET', `${dept()}/export/history?from=${day}&to=${day}`)).json().days[0];

/** The reversal voucher the simulator holds for the voucher with this number. */
async function reversalOf(voucherNo: number): Promise<SimVoucher & { ReversalOfVoucherId: string | null }> {
  const all = (await kit.vouchers()) as (SimVoucher & { ReversalOfVoucherId: string | null })[];
  const original = all.find((v) => v.VoucherNo === voucherNo && v.VoucherType !== 'ReversalVoucher')!;
  return all.find((v) => v.ReversalOfVoucherId === original.Id)!;
}

describe('reversal voucher numbers', { timeout: 90_000 }, () => {
  it("shows the reversal's number for the day's voucher and its correction", async () => {
    await kit.ingest([cardSale('RN1', '2026-01-20', 12000)]);
    const sent = await kit.transfer('2026-01-20', '2026-01-20');
    const dayVoucherNo = sent.days[0]!.voucherNo!;
    await kit.ingest([cardSale('RN2', '2026-01-20', 3000)]);
    const corrected = await kit.call('POST', `${dept()}/export/days/2026-01-20/correction`);
    expect(corrected.statusCode, corrected.body).toBe(200);
    const correctionNo = corrected.json().voucherNo as number;

    const reversed = await kit.call('POST', `${dept()}/export/days/2026-01-20/reverse`);
    expect(reversed.statusCode, reversed.body).toBe(200);
    const dayReversal = await reversalOf(dayVoucherNo);
    const correctionReversal = await reversalOf(correctionNo);
    expect(reversed.json().reversalVoucherNo).toBe(dayReversal.VoucherNo);

    const day = await history('2026-01-20');
    expect(day.status).toBe('reversed');
    expect(day.reversals).toEqual([
      {
        voucherNo: dayVoucherNo,
        correction: 0,
        reversedAt: expect.any(String),
        reversalVoucherNo: dayReversal.VoucherNo,
      },
      {
        voucherNo: correctionNo,
        correction: 1,
        reversedAt: expect.any(String),
        reversalVoucherNo: correctionReversal.VoucherNo,
      },
    ]);

    // Sent again as version 2, the day still shows what was reversed before.
    const again = await kit.transfer('2026-01-20', '2026-01-20');
    expect(again.days[0]!.status).toBe('sent');
    const after = await history('2026-01-20');
    expect(after).toMatchObject({ status: 'sent', version: 2, voucherNo: again.days[0]!.voucherNo });
    expect(after.reversals.map((r: { reversalVoucherNo: number }) => r.reversalVoucherNo)).toEqual([
      dayReversal.VoucherNo,
      correctionReversal.VoucherNo,
    ]);
  });

  it('waits for a number PowerOffice has not given yet and fills it in on the next history read', async () => {
    await kit.ingest([cardSale('RN3', '2026-01-21', 8000)]);
    const sent = await kit.transfer('2026-01-21', '2026-01-21');
    // Accepted (202) and done a moment later, and not numbered yet when the ledger is read.
    await kit.sim('POST', '/_sim/faults', { reversalDelayMs: 200, reversalNumberPending: true });
    try {
      const reversed = await kit.call('POST', `${dept()}/export/days/2026-01-21/reverse`);
      expect(reversed.statusCode, reversed.body).toBe(200);
      expect(reversed.json().reversalVoucherNo).toBeNull();
      expect((await history('2026-01-21')).reversals).toEqual([
        expect.objectContaining({ voucherNo: sent.days[0]!.voucherNo, reversalVoucherNo: null }),
      ]);
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    const numbered = (await reversalOf(sent.days[0]!.voucherNo!)).VoucherNo;
    expect((await history('2026-01-21')).reversals).toEqual([
      expect.objectContaining({ voucherNo: sent.days[0]!.voucherNo, reversalVoucherNo: numbered }),
    ]);
  });

  it('fills a missing number in on the next transfer', async () => {
    await kit.ingest([cardSale('RN4', '2026-01-22', 9000)]);
    const sent = await kit.transfer('2026-01-22', '2026-01-22');
    await kit.sim('POST', '/_sim/faults', { reversalNumberPending: true });
    try {
      expect(
        (await kit.call('POST', `${dept()}/export/days/2026-01-22/reverse`)).json().reversalVoucherNo,
      ).toBeNull();
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    // The transfer (which posts the day's next version) records the number.
    await kit.transfer('2026-01-22', '2026-01-22');
    const numbered = (await reversalOf(sent.days[0]!.voucherNo!)).VoucherNo;
    const rows = await kit.app.db
      .selectFrom('export_postings')
      .select(['reversal_voucher_no'])
      .where('department_id', '=', kit.departmentId)
      .where('business_day', '=', '2026-01-22')
      .where('status', '=', 'reversed')
      .execute();
    expect(rows.map((r) => Number(r.reversal_voucher_no))).toEqual([numbered]);
    expect((await history('2026-01-22')).reversals[0].reversalVoucherNo).toBe(numbered);
  });
});
