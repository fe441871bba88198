import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Caller, buildTestSimulator, connect } from '../test/helpers.js';

let app: FastifyInstance;
let c: Caller;
beforeEach(async () => {
  app = await buildTestSimulator();
  c = await connect(app);
});
afterEach(() => app.close());

describe('paging (PageNumber is 1-based)', () => {
  it('walks the 50 customers in pages of 20 and ends with 204 No Content', async () => {
    const pages = [];
    for (let page = 1; page <= 4; page++)
      pages.push(await c.get(`/v2/Customers?PageNumber=${page}&PageSize=20`));
    expect(pages.map((p) => p.statusCode)).toEqual([200, 200, 200, 204]);
    expect(pages.slice(0, 3).map((p) => p.json().length)).toEqual([20, 20, 10]);
    expect(pages[3]!.body).toBe('');
    const numbers = pages.slice(0, 3).flatMap((p) => p.json().map((x: { Number: number }) => x.Number));
    expect(new Set(numbers).size).toBe(50);
  });

  it('answers 204 for a filter that matches nothing', async () => {
    const response = await c.get('/v2/GeneralLedgerAccounts?accountNos=8000-8999');
    expect(response.statusCode).toBe(204);
    expect((await c.get('/v2/AccountTransactions?fromDate=2026-01-01&toDate=2026-12-31')).statusCode).toBe(
      204,
    );
  });

  it('refuses PageNumber 0 and a PageSize over the maximum', async () => {
    for (const query of ['PageNumber=0', 'PageSize=20001', 'PageSize=abc']) {
      const response = await c.get(`/v2/Customers?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().Title).toBe('Invalid resourceParameter');
    }
  });

  it('returns only the requested Fields and honours OrderBy', async () => {
    const response = await c.get(
      '/v2/GeneralLedgerAccounts?accountNos=2700-2703&Fields=Id,AccountNo&OrderBy=AccountNo desc',
    );
    expect(response.json().map((a: { AccountNo: number }) => a.AccountNo)).toEqual([2703, 2702, 2701, 2700]);
    expect(Object.keys(response.json()[0])).toEqual(['Id', 'AccountNo']);
    expect((await c.get('/v2/Customers?Fields=Nope')).statusCode).toBe(400);
  });

  it('filters accounts with number ranges, as PowerOffice does', async () => {
    const response = await c.get('/v2/GeneralLedgerAccounts?accountNos=1500-1503, 1920, 7740-');
    expect(response.json().map((a: { AccountNo: number }) => a.AccountNo)).toEqual([
      1500, 1501, 1502, 1503, 1920, 7740, 7770, 7775, 7790,
    ]);
  });
});
