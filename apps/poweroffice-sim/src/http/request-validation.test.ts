import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_SUBSCRIPTION_KEY } from '../keys.js';
import { type Caller, buildTestSimulator, connect, dayVoucher } from '../test/helpers.js';

let app: FastifyInstance;
let c: Caller;
beforeAll(async () => {
  app = await buildTestSimulator();
  c = await connect(app);
});
afterAll(() => app.close());

async function refusedFields(url: string, body: unknown): Promise<Record<string, string[]>> {
  const response = await c.post(url, body);
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  const problem = response.json();
  expect(problem).toMatchObject({ Status: 400, Title: 'One or more validation errors occurred.' });
  return problem.Errors;
}

describe('request bodies are checked against the OpenAPI description', () => {
  it('refuses an unknown member, top level and on a line, naming each', async () => {
    const voucher = dayVoucher(c, { VoucherNumber: 7 });
    voucher.VoucherLines[1] = { ...voucher.VoucherLines[1]!, Amount: 5 } as never;
    const errors = await refusedFields('/v2/Vouchers/ManualJournals', voucher);
    expect(errors['VoucherNumber']?.join()).toMatch(/not part of the schema/);
    expect(errors['VoucherLines[1].Amount']?.join()).toMatch(/not part of the schema/);
  });

  it('refuses a missing required member and a null where the schema has none', async () => {
    const { CurrencyCode: _omitted, ...voucher } = dayVoucher(c);
    const errors = await refusedFields('/v2/Vouchers/CashJournals', { ...voucher, VoucherDate: null });
    expect(errors['CurrencyCode']?.join()).toMatch(/required/);
    expect(errors['VoucherDate']?.join()).toMatch(/type string/);
  });

  it('refuses a date with a time part, a too long currency code and a fraction in an int64', async () => {
    const voucher = dayVoucher(c, { VoucherDate: '2026-03-13T00:00:00', CurrencyCode: 'NOKK' });
    voucher.VoucherLines[0] = { ...voucher.VoucherLines[0]!, AccountId: 1.5 } as never;
    const errors = await refusedFields('/v2/Vouchers/ManualJournals', voucher);
    expect(errors['VoucherDate']?.join()).toMatch(/valid date/);
    expect(errors['CurrencyCode']?.join()).toMatch(/at most 3/);
    expect(errors['VoucherLines[0].AccountId']?.join()).toMatch(/integer|int64/);
  });

  it('checks every write route the spec describes, e.g. products and sales orders', async () => {
    expect(await refusedFields('/v2/Products', { Name: 'Kaffe', Colour: 'brun' })).toHaveProperty('Colour');
    const order = { CustomerNo: 10001, SalesOrderLines: [{ ProductCode: '100', Quantity: 1, Discount: 2 }] };
    expect(await refusedFields('/v2/SalesOrders/Complete', order)).toHaveProperty([
      'SalesOrderLines[0].Discount',
    ]);
  });

  it('refuses a missing body and still lets a valid one through', async () => {
    expect(await refusedFields('/v2/Vouchers/ManualJournals', undefined)).toHaveProperty(['(body)']);
    expect((await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c))).statusCode).toBe(201);
  });

  it('answers 401 before it looks at the body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v2/Vouchers/ManualJournals',
      headers: { 'ocp-apim-subscription-key': SIM_SUBSCRIPTION_KEY },
      payload: { Nonsense: true },
    });
    expect(response.statusCode).toBe(401);
  });
});
