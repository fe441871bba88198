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

const settle = (body: unknown, clientId = DEMO.id) =>
  app.inject({ method: 'POST', url: `/_sim/clients/${clientId}/settlements`, payload: body as object });
type Tx = {
  AccountNo: number;
  Amount: number;
  Description: string | null;
  VoucherType: string;
  VoucherNo: number;
  PostingDate: string;
};

describe('POST /_sim/clients/{id}/settlements', () => {
  it('books a bank journal: bank net, fee, clearing gross, the reference in the text and as CustomMatchingReference', async () => {
    await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c));
    const reference = 'QO-0123456789-20260313-1503';
    const res = await settle({
      Settlements: [
        {
          Date: '2026-03-16',
          ClearingAccountNo: 1503,
          GrossOre: 125_000,
          FeeOre: 2_188,
          Reference: reference,
          Description: 'Nets utbetaling',
        },
      ],
    });
    expect(res.statusCode).toBe(201);
    const voucher = res.json().Vouchers[0];
    expect(voucher.VoucherLines.map((l: { CurrencyAmount: number }) => l.CurrencyAmount)).toEqual([
      1228.12, 21.88, -1250,
    ]);
    expect(voucher.VoucherLines[2].CustomMatchingReference).toBe(reference);

    const tx = (
      await c.get('/v2/AccountTransactions?fromDate=2026-03-13&toDate=2026-03-16&accountNos=1503')
    ).json() as Tx[];
    // The day voucher's 1 250,00 debit and the settlement's credit empty the account.
    expect(tx.map((t) => t.Amount)).toEqual([1250, -1250]);
    expect(tx[1]).toMatchObject({
      VoucherType: 'BankJournal',
      PostingDate: '2026-03-16',
      Description: `Nets utbetaling ${reference}`,
    });
    const fee = (
      await c.get(
        `/v2/AccountTransactions?fromDate=2026-03-16&toDate=2026-03-16&voucherNos=${tx[1]!.VoucherNo}`,
      )
    ).json() as Tx[];
    expect(fee.map((t) => [t.AccountNo, t.Amount])).toEqual([
      [1920, 1228.12],
      [7770, 21.88],
      [1503, -1250],
    ]);
  });

  it('refuses the whole batch when one settlement names an account the client does not have, or a locked date', async () => {
    const res = await settle({
      Settlements: [
        { Date: '2026-03-16', ClearingAccountNo: 1503, GrossOre: 10_000 },
        { Date: '2026-03-16', ClearingAccountNo: 1599, GrossOre: 10_000 },
        { Date: '2025-06-30', ClearingAccountNo: 1503, GrossOre: 10_000 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().Errors).join(' ')).toMatch(/Settlements\[1\].*Settlements\[2\]/);
    expect(
      (await c.get('/v2/AccountTransactions?fromDate=2025-01-01&toDate=2026-12-31&accountNos=1503'))
        .statusCode,
    ).toBe(204);
  });

  it('refuses a fee as large as the payout, unknown members and an unknown client', async () => {
    expect(
      (
        await settle({
          Settlements: [{ Date: '2026-03-16', ClearingAccountNo: 1503, GrossOre: 100, FeeOre: 100 }],
        })
      ).json().Errors,
    ).toHaveProperty('Settlements.0.FeeOre');
    expect(
      (
        await settle({
          Settlements: [{ Date: '2026-03-16', ClearingAccountNo: 1503, GrossOre: 100, Amount: 1 }],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await settle(
          { Settlements: [{ Date: '2026-03-16', ClearingAccountNo: 1503, GrossOre: 100 }] },
          'nope',
        )
      ).statusCode,
    ).toBe(404);
  });
});

describe('GET /v2/AccountTransactions checks its query against the OpenAPI description', () => {
  it('requires fromDate and toDate as dates, and typed filters', async () => {
    const missing = await c.get('/v2/AccountTransactions?toDate=2026-03-13');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().Errors.fromDate.join(' ')).toMatch(/required/);
    const badDate = await c.get('/v2/AccountTransactions?fromDate=2026-3-1&toDate=2026-03-13');
    expect(badDate.json().Errors.fromDate.join(' ')).toMatch(/date/);
    const badInstant = await c.get(
      '/v2/AccountTransactions?fromDate=2026-03-01&toDate=2026-03-13&createdDateTimeOffsetGreaterThan=yesterday',
    );
    expect(badInstant.json().Errors).toHaveProperty('createdDateTimeOffsetGreaterThan');
    const badBoolean = await c.get(
      '/v2/AccountTransactions?fromDate=2026-03-01&toDate=2026-03-13&includeSubProject=maybe',
    );
    expect(badBoolean.json().Errors).toHaveProperty('includeSubProject');
    // Names are case-insensitive, as ASP.NET binds them; a valid query answers.
    expect(
      (await c.get('/v2/AccountTransactions?FROMDATE=2026-03-01&todate=2026-03-13&accountNos=1500-1599'))
        .statusCode,
    ).toBe(204);
  });
});
