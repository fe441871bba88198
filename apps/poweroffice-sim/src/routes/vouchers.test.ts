import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Caller, DEMO, FJORDKAFE, buildTestSimulator, connect, dayVoucher } from '../test/helpers.js';

let app: FastifyInstance;
let c: Caller;
beforeEach(async () => {
  app = await buildTestSimulator();
  c = await connect(app);
});
afterEach(() => app.close());

type Line = Record<string, unknown>;
const withLines = (lines: (all: Line[]) => Line[]) => {
  const voucher = dayVoucher(c);
  return { ...voucher, VoucherLines: lines(voucher.VoucherLines as Line[]) };
};
const changeLine = (index: number, change: Line) =>
  withLines((all) => all.map((l, i) => (i === index ? { ...l, ...change } : l)));

async function refused(body: unknown, path: string, text: RegExp) {
  const response = await c.post('/v2/Vouchers/ManualJournals', body);
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  const problem = response.json();
  expect(problem.Status).toBe(400);
  expect(problem.Errors[path]?.join(' ')).toMatch(text);
  return problem;
}

describe('POST /v2/Vouchers/ManualJournals', () => {
  it('posts a balanced voucher with VoucherNo in sequence', async () => {
    const first = await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      VoucherNo: 1,
      ExternalImportReference: 'qo-dept1-2026-03-13-v1',
      IsReversed: false,
    });
    expect(first.json().VoucherLines).toHaveLength(3);
    const second = await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c, {}, '2026-03-14'));
    expect(second.json().VoucherNo).toBe(2);
    const read = await c.get(`/v2/Vouchers/ManualJournals/${first.json().Id}`);
    expect(read.json()).toMatchObject({
      VoucherNo: 1,
      VoucherLines: [{ CurrencyAmount: 1250 }, { CurrencyAmount: -1000 }, { CurrencyAmount: -250 }],
    });
  });

  it('books VAT split out by the code rate in AccountTransactions', async () => {
    await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c));
    const response = await c.get('/v2/AccountTransactions?fromDate=2026-03-13&toDate=2026-03-13');
    const byAccount = Object.fromEntries(
      (response.json() as Array<{ AccountNo: number; Amount: number }>).map((t) => [t.AccountNo, t]),
    );
    expect(byAccount[1503]).toMatchObject({ Amount: 1250, VatAmount: 0 });
    expect(byAccount[3010]).toMatchObject({
      Amount: -800,
      VatCode: '3',
      VatRate: 0.25,
      VatAmount: -200,
      DepartmentCode: '1',
    });
    expect(byAccount[2700]).toMatchObject({ Amount: -200 });
    expect(byAccount[3040]).toMatchObject({ Amount: -217.39, VatCode: '31', VatAmount: -32.61 });
    expect(byAccount[2701]).toMatchObject({ Amount: -32.61 });
    const all = response.json() as Array<{ Amount: number; ExternalImportReference: string }>;
    expect(all.reduce((s, t) => s + Math.round(t.Amount * 100), 0)).toBe(0);
    expect(all.every((t) => t.ExternalImportReference === 'qo-dept1-2026-03-13-v1')).toBe(true);
  });

  it('refuses a voucher without lines', async () => {
    await refused(dayVoucher(c, { VoucherLines: [] }), 'VoucherLines', /no lines/);
  });

  it('refuses a line of 0', async () => {
    await refused(changeLine(0, { CurrencyAmount: 0 }), 'VoucherLines[0].CurrencyAmount', /different from 0/);
  });

  it('refuses an amount that is not a whole number of øre', async () => {
    await refused(
      changeLine(0, { CurrencyAmount: 1250.001 }),
      'VoucherLines[0].CurrencyAmount',
      /whole number of øre/,
    );
  });

  it('accepts amounts like 0.1 + 0.2 that are whole øre despite binary doubles', async () => {
    const body = withLines((all) => [
      { ...all[0], CurrencyAmount: 0.1 + 0.2 },
      { ...all[0], CurrencyAmount: -0.3 },
    ]);
    expect((await c.post('/v2/Vouchers/ManualJournals', body)).statusCode).toBe(201);
  });

  it('refuses a voucher that does not sum to exactly 0', async () => {
    await refused(changeLine(0, { CurrencyAmount: 1250.01 }), 'VoucherLines', /does not balance.*0\.01/);
  });

  it('refuses an unknown account and an account of another client', async () => {
    await refused(changeLine(0, { AccountId: 424242 }), 'VoucherLines[0].AccountId', /does not exist/);
    const other = await connect(app, FJORDKAFE.id);
    await refused(
      changeLine(0, { AccountId: other.accountId(1503) }),
      'VoucherLines[0].AccountId',
      /does not exist/,
    );
  });

  it('refuses a null AccountId', async () => {
    await refused(changeLine(0, { AccountId: null }), 'VoucherLines[0].AccountId', /required/);
  });

  it('refuses an inactive account', async () => {
    await refused(
      changeLine(0, { AccountId: c.accountId(1509) }),
      'VoucherLines[0].AccountId',
      /1509.*inactive/,
    );
  });

  it('refuses posting straight to the customer control account 1500 but accepts a customer sub-ledger account', async () => {
    await refused(
      changeLine(0, { AccountId: c.accountId(1500) }),
      'VoucherLines[0].AccountId',
      /control account/,
    );
    const customers = (await c.get('/v2/Customers?customerNos=10001')).json() as Array<{
      SubledgerAccountId: number;
    }>;
    const ok = await c.post(
      '/v2/Vouchers/ManualJournals',
      changeLine(0, { AccountId: customers[0]!.SubledgerAccountId }),
    );
    expect(ok.statusCode).toBe(201);
    const tx = (
      await c.get('/v2/AccountTransactions?fromDate=2026-03-13&toDate=2026-03-13&accountNos=1500')
    ).json();
    expect(tx[0]).toMatchObject({ AccountNo: 1500, CustomerAccountNo: 10001, Amount: 1250 });
  });

  it('refuses an unknown VAT id, including a VAT code number sent instead of its id', async () => {
    await refused(changeLine(1, { VatId: 3 }), 'VoucherLines[1].VatId', /does not exist/);
  });

  it('refuses a VAT code not allowed on the account', async () => {
    await refused(
      changeLine(0, { VatId: c.vatId('3') }),
      'VoucherLines[0].VatId',
      /not allowed on account 1503.*locked/,
    );
    await refused(
      changeLine(1, { VatId: c.vatId('1') }),
      'VoucherLines[1].VatId',
      /not allowed on account 3010/,
    );
    await refused(changeLine(1, { VatId: null }), 'VoucherLines[1].VatId', /required on account 3010/);
  });

  it('refuses an expired VAT code', async () => {
    await refused(changeLine(1, { VatId: c.vatId('2') }), 'VoucherLines[1].VatId', /not valid/);
  });

  it('accepts null VatId on a balance-sheet line and on 7740 rounding', async () => {
    const body = withLines((all) => [
      { ...all[0], VatId: null, CurrencyAmount: 1250.4 },
      all[1]!,
      all[2]!,
      { ...all[0], AccountId: c.accountId(7740), VatId: null, CurrencyAmount: -0.4 },
    ]);
    expect((await c.post('/v2/Vouchers/ManualJournals', body)).statusCode).toBe(201);
  });

  it('refuses an unknown or inactive department', async () => {
    await refused(changeLine(0, { DepartmentId: 999999 }), 'VoucherLines[0].DepartmentId', /does not exist/);
    await refused(
      changeLine(0, { DepartmentId: c.departmentId('9') }),
      'VoucherLines[0].DepartmentId',
      /inactive/,
    );
  });

  it('refuses a posting date on or before the lock date, and honours a moved lock date', async () => {
    await refused(dayVoucher(c, {}, '2025-12-31'), 'VoucherLines[0].PostingDate', /lock date 2025-12-31/);
    expect((await c.get('/v2/LockDateSettings')).json()).toEqual({ LockDate: '2025-12-31' });
    await app.inject({
      method: 'POST',
      url: `/_sim/clients/${DEMO.id}/lock-date`,
      payload: { LockDate: '2026-03-13' },
    });
    expect((await c.get('/v2/LockDateSettings')).json()).toEqual({ LockDate: '2026-03-13' });
    await refused(dayVoucher(c), 'VoucherLines[0].PostingDate', /lock date 2026-03-13/);
    expect((await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c, {}, '2026-03-14'))).statusCode).toBe(
      201,
    );
  });

  it('refuses a body missing required keys', async () => {
    const { VatId: _dropped, ...lineWithoutVat } = dayVoucher(c).VoucherLines[0] as Line;
    await refused(
      withLines((all) => [lineWithoutVat, ...all.slice(1)]),
      'VoucherLines[0].VatId',
      /./,
    );
    const { VoucherDate: _date, ...noDate } = dayVoucher(c);
    await refused(noDate, 'VoucherDate', /./);
  });

  it('refuses a second voucher with the same ExternalImportReference and posts nothing', async () => {
    expect((await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c))).statusCode).toBe(201);
    const duplicate = await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c));
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json()).toMatchObject({ Title: 'Object conflict', Status: 400 });
    expect(duplicate.json().Detail).toMatch(
      /ExternalImportReference 'qo-dept1-2026-03-13-v1' already exists \(VoucherNo 1\)/,
    );
    const posted = (await app.inject('/_sim/posted')).json();
    expect(posted.Vouchers).toHaveLength(1);
  });

  it('keeps references apart per client', async () => {
    const other = await connect(app, FJORDKAFE.id);
    await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c));
    expect(
      (await other.post('/v2/Vouchers/ManualJournals', dayVoucher(other, {}, '2026-03-13', '10'))).statusCode,
    ).toBe(201);
  });
});

describe('GET /v2/Vouchers/ManualJournals/{id}', () => {
  it('shows only vouchers created by the same application key', async () => {
    const id = (await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c))).json().Id;
    const addOn = await connect(app, DEMO.id, 3);
    expect((await addOn.get(`/v2/Vouchers/ManualJournals/${id}`)).statusCode).toBe(404);
    expect((await c.get('/v2/Vouchers/ManualJournals/6d1c1a39-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });
});

describe('POST /v2/Vouchers/Reverse/{id}', () => {
  it('reverses the voucher, nets the ledger to zero and frees the reference for reuse', async () => {
    const original = (await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c))).json();
    const reverse = await c.post(`/v2/Vouchers/Reverse/${original.Id}`);
    expect(reverse.statusCode).toBe(200);
    expect((await c.get(`/v2/Vouchers/ManualJournals/${original.Id}`)).json().IsReversed).toBe(true);

    const tx = (
      await c.get('/v2/AccountTransactions?fromDate=2026-03-13&toDate=2026-03-13&accountNos=3010')
    ).json() as Array<Record<string, unknown>>;
    expect(tx.map((t) => [t.VoucherNo, t.VoucherType, t.Amount])).toEqual([
      [1, 'ManualJournal', -800],
      [2, 'ReversalVoucher', 800],
    ]);
    expect(tx[0]).toMatchObject({ IsReversed: true });
    expect(tx[1]).toMatchObject({ ReversedVoucherNo: 1 });

    const again = await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c));
    expect(again.statusCode).toBe(201);
    expect(again.json().VoucherNo).toBe(3);
  });

  it('refuses to reverse twice and answers 404 for an unknown voucher', async () => {
    const original = (await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c))).json();
    await c.post(`/v2/Vouchers/Reverse/${original.Id}`);
    const twice = await c.post(`/v2/Vouchers/Reverse/${original.Id}`);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().Detail).toMatch(/already reversed/);
    expect((await c.post('/v2/Vouchers/Reverse/6d1c1a39-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
