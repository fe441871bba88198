import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Caller, DEMO, buildTestSimulator, connect, dayVoucher } from '../test/helpers.js';

let app: FastifyInstance;
let c: Caller;
beforeEach(async () => {
  app = await buildTestSimulator();
  c = await connect(app);
});
afterEach(() => app.close());

const admin = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  app.inject({ method, url, ...(payload ? { payload } : {}) });

describe('POST /v2/Vouchers/CashJournals', () => {
  it('posts a cash voucher under its own type, read back from its own route and not the manual one', async () => {
    const body = {
      ...dayVoucher(c),
      ImportedVoucherNo: 12,
      SaftSourceId: 'Sentrum',
      SaftBatchId: 'Sentrum 2026-03-13',
    };
    const posted = await c.post('/v2/Vouchers/CashJournals', body);
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({
      VoucherNo: 1,
      ImportedVoucherNo: 12,
      SaftSourceId: 'Sentrum',
      SaftBatchId: 'Sentrum 2026-03-13',
    });
    const id = posted.json().Id;
    expect((await c.get(`/v2/Vouchers/CashJournals/${id}`)).json()).toMatchObject({ Id: id, VoucherNo: 1 });
    expect((await c.get(`/v2/Vouchers/ManualJournals/${id}`)).statusCode).toBe(404);
    const sim = (await admin('GET', '/_sim/posted')).json();
    expect(sim.Vouchers).toEqual([
      expect.objectContaining({ Id: id, VoucherType: 'CashJournal', ImportedVoucherNo: 12 }),
    ]);
    expect(sim.Requests.at(-1)).toMatchObject({ Kind: 'cashVoucher', Status: 201 });
  });

  it('keeps the ledger rules: balance, and one live voucher per reference across both types', async () => {
    await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c));
    const again = await c.post('/v2/Vouchers/CashJournals', dayVoucher(c));
    expect(again.statusCode).toBe(400);
    expect(again.json().Detail).toMatch(/Duplicate ExternalImportReference/);
    const unbalanced = dayVoucher(c, { ExternalImportReference: 'other' });
    unbalanced.VoucherLines[0]!.CurrencyAmount = 1250.01;
    expect((await c.post('/v2/Vouchers/CashJournals', unbalanced)).json().Errors.VoucherLines.join()).toMatch(
      /does not balance/,
    );
  });

  it('refuses a line without a VAT code, pointing at VAT code 0', async () => {
    const voucher = dayVoucher(c);
    voucher.VoucherLines[0]!.VatId = null;
    const response = await c.post('/v2/Vouchers/CashJournals', voucher);
    expect(response.statusCode).toBe(400);
    expect(response.json().Errors['VoucherLines[0].VatId'].join()).toMatch(/VAT code 0/);
  });

  it('is reversed like a manual voucher', async () => {
    const id = (await c.post('/v2/Vouchers/CashJournals', dayVoucher(c))).json().Id;
    expect((await c.post(`/v2/Vouchers/Reverse/${id}`)).statusCode).toBe(200);
    expect((await c.get(`/v2/Vouchers/CashJournals/${id}`)).json().IsReversed).toBe(true);
  });
});

describe('privileges', () => {
  it('needs CashVoucher_Full for cash vouchers; a client granting only ManualVoucher_Full refuses them with 403', async () => {
    const grants = ['ManualVoucher_Full', 'GeneralLedgerAccount', 'CommonServices', 'Department'];
    expect(
      (await admin('PUT', `/_sim/clients/${DEMO.id}/privileges`, { Privileges: grants })).statusCode,
    ).toBe(200);
    expect((await c.post('/v2/Vouchers/CashJournals', dayVoucher(c))).statusCode).toBe(403);
    expect((await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c))).statusCode).toBe(201);
    expect((await c.get('/v2/ClientIntegrationInformation')).json().ValidPrivileges).toEqual(grants);
  });

  it('treats X_Full as granting the read X, but not the other way round', async () => {
    await admin('PUT', `/_sim/clients/${DEMO.id}/privileges`, {
      Privileges: ['GeneralLedgerAccount_Full', 'Product'],
    });
    expect((await c.get('/v2/GeneralLedgerAccounts')).statusCode).toBe(200);
    expect((await c.get('/v2/Products')).statusCode).toBe(200);
    expect((await c.post('/v2/Products', { Name: 'Kaffe', Code: 'K1' })).statusCode).toBe(403);
    expect((await c.get('/v2/VatCodes')).statusCode).toBe(403);
  });
});

describe('fault switches', () => {
  it('reversal answered 202 and done later', async () => {
    const id = (await c.post('/v2/Vouchers/CashJournals', dayVoucher(c))).json().Id;
    await admin('POST', '/_sim/faults', { reversalDelayMs: 300 });
    expect((await c.post(`/v2/Vouchers/Reverse/${id}`)).statusCode).toBe(202);
    expect((await c.get(`/v2/Vouchers/CashJournals/${id}`)).json().IsReversed).toBe(false);
    await expect
      .poll(async () => (await c.get(`/v2/Vouchers/CashJournals/${id}`)).json().IsReversed, {
        timeout: 10_000,
      })
      .toBe(true);
  });

  it('interim VoucherNo in the POST answer; the final one on a re-read', async () => {
    await admin('POST', '/_sim/faults', { interimVoucherNo: true });
    const posted = (await c.post('/v2/Vouchers/CashJournals', dayVoucher(c))).json();
    expect(posted.VoucherNo).toBe(0);
    expect((await c.get(`/v2/Vouchers/CashJournals/${posted.Id}`)).json().VoucherNo).toBe(1);
  });

  it('dates written with a time part, date-times left alone', async () => {
    await admin('POST', '/_sim/faults', { datesWithTime: true });
    expect((await c.get('/v2/LockDateSettings')).json().LockDate).toBe(`${DEMO.lockDate}T00:00:00`);
    const posted = (await c.post('/v2/Vouchers/CashJournals', dayVoucher(c))).json();
    expect(posted).toMatchObject({
      VoucherDate: '2026-03-13T00:00:00',
      VoucherLines: [{ PostingDate: '2026-03-13T00:00:00' }, {}, {}],
    });
    expect(posted.CreatedDateTimeOffset).not.toMatch(/T00:00:00$/);
    await admin('DELETE', '/_sim/faults');
    expect((await c.get('/v2/LockDateSettings')).json().LockDate).toBe(DEMO.lockDate);
  });
});
