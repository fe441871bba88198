import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Caller, FJORDKAFE, authHeaders, buildTestSimulator, connect } from '../test/helpers.js';

let app: FastifyInstance;
let c: Caller;
beforeEach(async () => {
  app = await buildTestSimulator({ now: () => new Date('2026-03-14T10:00:00Z') });
  c = await connect(app);
});
afterEach(() => app.close());

const product = (overrides: Record<string, unknown> = {}) => ({
  Name: 'Mat',
  Code: 'QO-MAT',
  StandardSalesAccount: 3010,
  OptionalSalesAccount: 3040,
  ...overrides,
});

describe('POST /v2/Products', () => {
  it('creates a product that the list, the id route and sales orders then know', async () => {
    const created = await c.post('/v2/Products', product());
    expect(created.statusCode).toBe(200);
    const body = created.json();
    expect(body).toMatchObject({
      Code: 'QO-MAT',
      Name: 'Mat',
      StandardSalesAccount: 3010,
      OptionalSalesAccount: 3040,
      StandardSalesAccountId: c.accountId(3010),
      IsArchived: false,
    });
    expect((await c.get('/v2/Products?codes=QO-MAT')).json()).toEqual([body]);
    expect((await c.get(`/v2/Products/${body.Id}`)).json()).toEqual(body);
    const order = await c.post('/v2/SalesOrders/Complete', {
      CustomerNo: 10001,
      SalesOrderLines: [
        { ProductCode: 'QO-MAT', Quantity: 1, ProductUnitPrice: 100, UseStandardSalesAccount: false },
      ],
    });
    expect(order.statusCode).toBe(201);
    expect(order.json().SalesOrderLines[0]).toMatchObject({ VatCode: '31', NetAmount: 100, VatAmount: 15 });
  });

  it('takes accounts by id too, and keeps ids inside the client', async () => {
    const created = await c.post(
      '/v2/Products',
      product({
        StandardSalesAccount: null,
        StandardSalesAccountId: c.accountId(3020),
        OptionalSalesAccount: null,
      }),
    );
    expect(created.json()).toMatchObject({ StandardSalesAccount: 3020, OptionalSalesAccount: null });
    const other = await connect(app, FJORDKAFE.id);
    expect((await other.get(`/v2/Products/${created.json().Id}`)).statusCode).toBe(404);
  });

  it('refuses a second product with the same code (any case) as an object conflict, creating nothing', async () => {
    const first = await c.post('/v2/Products', product());
    const again = await c.post('/v2/Products', product({ Code: 'qo-mat', Name: 'Mat igjen' }));
    expect(again.statusCode).toBe(400);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({
      Title: 'Object conflict',
      Errors: { Code: [expect.stringContaining('already in use')] },
    });
    expect(again.json().Detail).toContain(`Id ${first.json().Id}`);
    expect((await c.get('/v2/Products?codes=QO-MAT')).json()).toHaveLength(1);
    // Seeded codes are taken too.
    expect((await c.post('/v2/Products', product({ Code: '100' }))).statusCode).toBe(400);
  });

  it('requires a name and existing, active sales accounts, reporting every problem at once', async () => {
    const noName = await c.post('/v2/Products', product({ Name: '' }));
    expect(noName.statusCode).toBe(400);
    expect(Object.keys(noName.json().Errors)).toEqual(['Name']);

    const bad = await c.post(
      '/v2/Products',
      product({ StandardSalesAccount: 3999, OptionalSalesAccountId: c.accountId(1509) }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().Errors).toEqual({
      StandardSalesAccount: ['Account 3999 does not exist.'],
      OptionalSalesAccountId: ['Account 1509 is inactive.'],
    });
    const notSales = await c.post('/v2/Products', product({ StandardSalesAccount: 1920 }));
    expect(notSales.json().Errors).toEqual({
      StandardSalesAccount: ['Account 1920 is not a sales account.'],
    });
    expect((await c.get('/v2/Products?codes=QO-MAT')).statusCode).toBe(204);
  });

  it('commits before a dropped answer, so a client must look the code up before creating again', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await app.inject({ method: 'POST', url: '/_sim/faults', payload: { dropResponseAfterWrite: 1 } });
    const send = () =>
      fetch(`http://127.0.0.1:${address.port}/v2/Products`, {
        method: 'POST',
        headers: { ...authHeaders(c.token), 'content-type': 'application/json' },
        body: JSON.stringify(product()),
      });
    await expect(send()).rejects.toThrow();
    expect((await c.get('/v2/Products?codes=QO-MAT')).json()).toHaveLength(1);
    expect((await send()).status).toBe(400);
    expect((await c.get('/v2/Products?codes=QO-MAT')).json()).toHaveLength(1);
  });
});
