import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPowerOfficeError, type CashVoucherPost } from '../src/index.js';
import { startSimulator, type Simulator } from './sim-harness.js';
import { POSTING_DATE, postedWithReference, saleVoucher } from './voucher-fixture.js';

async function cashVoucher(
  c: Parameters<typeof saleVoucher>[0],
  reference: string,
): Promise<CashVoucherPost> {
  const manual = await saleVoucher(c, reference);
  return {
    ...manual,
    ImportedVoucherNo: 3,
    SaftSourceId: 'Sentrum',
    SaftBatchId: `Sentrum ${POSTING_DATE}`,
    VoucherLines: manual.VoucherLines!.map((l) => ({ ...l, VatId: l.VatId! })),
  };
}

describe('cash vouchers and the answers PowerOffice may give, against the simulator', () => {
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

  it('posts a cash voucher with its SAF-T members and finds it again by reference', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const result = await c.postCashVoucher(await cashVoucher(c, 'cash-1'));
    expect(result.value).toMatchObject({ ImportedVoucherNo: 3, ExternalImportReference: 'cash-1' });
    expect(result.value.VoucherNo).toBeGreaterThan(0);
    const [posted] = postedWithReference(await sim.posted(), 'cash-1');
    expect(posted).toMatchObject({
      VoucherType: 'CashJournal',
      SaftSourceId: 'Sentrum',
      SaftBatchId: `Sentrum ${POSTING_DATE}`,
    });
    const found = await c.findVoucherByExternalReference('cash-1', {
      fromDate: POSTING_DATE,
      toDate: POSTING_DATE,
    });
    expect(found).toMatchObject({ Id: result.value.Id, journal: 'cash' });
  });

  it('refuses a cash line without a VAT code before sending it', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const voucher = await cashVoucher(c, 'cash-null-vat');
    const withNull = {
      ...voucher,
      VoucherLines: voucher.VoucherLines.map((l, i) => (i === 0 ? { ...l, VatId: null } : l)),
    };
    const error = await c.postCashVoucher(withNull as never).catch((e: unknown) => e);
    expect(isPowerOfficeError(error, 'validation')).toBe(true);
    expect(postedWithReference(await sim.posted(), 'cash-null-vat')).toHaveLength(0);
  });

  it('posts exactly one cash voucher when the answer is lost', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    await sim.faults({ dropResponseAfterWrite: 1 });
    const result = await c.postCashVoucher(await cashVoucher(c, 'cash-dropped'));
    expect(result.alreadyExisted).toBe(true);
    expect(postedWithReference(await sim.posted(), 'cash-dropped')).toHaveLength(1);
  });

  it('reads the voucher back when the POST answer carries an interim VoucherNo', async () => {
    const c = sim.client({ vouchers: { pollMs: 10 } }).forClient(sim.keysFor(0));
    await sim.faults({ interimVoucherNo: true });
    const result = await c.postCashVoucher(await cashVoucher(c, 'cash-interim'));
    const [posted] = postedWithReference(await sim.posted(), 'cash-interim');
    expect(posted!.VoucherNo).toBeGreaterThan(0);
    expect(result.value.VoucherNo).toBe(posted!.VoucherNo);
    expect(sim.wire.count(/\/Vouchers\/CashJournals\/[0-9a-f-]+$/)).toBeGreaterThanOrEqual(1);
  });

  it('waits for a reversal answered 202 until the voucher reads as reversed', async () => {
    const c = sim.client({ vouchers: { pollMs: 50 } }).forClient(sim.keysFor(0));
    const { value } = await c.postCashVoucher(await cashVoucher(c, 'cash-202'));
    await sim.faults({ reversalDelayMs: 400 });
    const answer = await c.reverseVoucher(value.Id, 'cash');
    expect(answer.status).toBe(202);
    expect((await c.getCashVoucher(value.Id)).IsReversed).toBe(true);
  });

  it('says a 202 reversal is still pending when it is not done in time', async () => {
    const c = sim.client({ vouchers: { pollMs: 20, reversalConfirmMs: 200 } }).forClient(sim.keysFor(0));
    const { value } = await c.postCashVoucher(await cashVoucher(c, 'cash-202-slow'));
    await sim.faults({ reversalDelayMs: 5_000 });
    const error = await c.reverseVoucher(value.Id, 'cash').catch((e: unknown) => e);
    expect(isPowerOfficeError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(/not done it yet/);
  });

  it('reads dates written with a time part as dates', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    await sim.faults({ datesWithTime: true });
    expect((await c.getLockDateSettings()).LockDate).toBe('2025-12-31');
    const { value } = await c.postManualVoucher(await saleVoucher(c, 'dated-with-time'));
    expect(value.VoucherDate).toBe(POSTING_DATE);
    expect(value.VoucherLines?.[0]?.PostingDate).toBe(POSTING_DATE);
    const lines = await c.listAccountTransactions({ fromDate: POSTING_DATE, toDate: POSTING_DATE });
    expect(lines.every((l) => l.PostingDate === POSTING_DATE)).toBe(true);
    expect((await c.listVatCodes()).find((v) => v.Code === '3')?.ValidFrom).toBe('2017-01-01');
  });
});
