import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logIn, type LoggedIn, type TestApp } from '../../test/test-app';

/*
 * What a POS can get wrong without losing orders: a misspelt envelope is a 400 naming the key;
 * text a database cannot store (NUL, lone surrogates) and timestamps outside the window cost only
 * the order that carries them, its batch-mates are stored and a resend of the batch still works.
 * Runs on SQLite and on PostgreSQL, which refuses NUL in text columns.
 */

let t: TestApp;
let owner: LoggedIn;
let token: string;
let departmentId: string;
const ids = { food: '', card: '' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  t = await createTestApp({ POS_TIMESTAMP_MAX_AGE_DAYS: '365', POS_TIMESTAMP_MAX_AHEAD_HOURS: '24' });
  owner = await logIn(t.app, 'eier@demo.no');
  const db = t.app.db;
  departmentId = (
    await db.selectFrom('departments').select('id').where('name', '=', 'Sentrum').executeTakeFirstOrThrow()
  ).id;
  ids.food = (
    await db.selectFrom('product_types').select('id').where('name', '=', 'Mat').executeTakeFirstOrThrow()
  ).id;
  ids.card = (
    await db.selectFrom('payment_types').select('id').where('kind', '=', 'card').executeTakeFirstOrThrow()
  ).id;
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/departments/${departmentId}/pos-tokens`,
    cookies: owner.cookies,
    headers: owner.headers,
    payload: { label: 'Kasse' },
  });
  token = res.json().token;
});
afterAll(() => t.close());

const push = (payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/pos/orders',
    headers: { authorization: `Bearer ${token}` },
    payload: payload as object,
  });

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function order(id: string, changes: Record<string, unknown> = {}) {
  return {
    id,
    closedAt: ago(2 * HOUR),
    orderType: 'takeaway',
    customerId: null,
    lines: [
      {
        productTypeId: ids.food,
        description: 'Burger',
        quantity: 1,
        unitPrice: 18900,
        discount: 0,
        vatRate: 15,
      },
    ],
    payments: [{ paymentTypeId: ids.card, amount: 18900, tip: 0 }],
    ...changes,
  };
}

const movement = (id: string, changes: Record<string, unknown> = {}) => ({
  id,
  at: ago(3 * HOUR),
  kind: 'float',
  amount: 100000,
  note: 'Veksel',
  ...changes,
});

async function stored(posId: string) {
  return t.app.db
    .selectFrom('orders')
    .select(['pos_id', 'closed_at'])
    .where('department_id', '=', departmentId)
    .where('pos_id', '=', posId)
    .executeTakeFirst();
}

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status, title: expect.any(String) });
}

describe('the envelope is strict', () => {
  it('a misspelt key ("ordres") is a 400 naming it, and nothing is stored', async () => {
    const res = await push({ ordres: [order('ENV-1')] });
    expectProblem(res, 400);
    expect(res.json().errors).toContainEqual({ path: 'ordres', message: expect.stringContaining('ordres') });
    expect(await stored('ENV-1')).toBeUndefined();
  });

  it('an unknown key beside valid orders is a 400 too; the orders are not stored', async () => {
    const res = await push({ orders: [order('ENV-2')], cashmovements: [] });
    expectProblem(res, 400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['cashmovements']);
    expect(await stored('ENV-2')).toBeUndefined();
  });

  it('an envelope without orders is a 400 unless it carries cash movements', async () => {
    const empty = await push({});
    expectProblem(empty, 400);
    expect(empty.json().errors).toContainEqual({ path: 'orders', message: expect.stringMatching(/orders/) });
    const onlyMovements = await push({ cashMovements: [movement('ENV-CM-1')] });
    expect(onlyMovements.statusCode).toBe(200);
    expect(onlyMovements.json()).toMatchObject({
      accepted: 0,
      rejected: [],
      cashMovements: { accepted: 1, rejected: [] },
    });
    expect((await push({ orders: [] })).statusCode).toBe(200);
  });
});

describe('text a database cannot store costs only its own order', () => {
  const bad: [string, () => Record<string, unknown>, string][] = [
    [
      'a NUL in a line description',
      () => order('NUL-1', { lines: [{ ...order('x').lines[0], description: 'Bur\u0000ger' }] }),
      'lines.0.description',
    ],
    ['a NUL in the order id', () => order('NUL-2\u0000'), 'id'],
    ['a NUL in the customer id', () => order('NUL-3', { customerId: 'K\u0000-1' }), 'customerId'],
    [
      'a lone surrogate in a line description',
      () => order('SUR-1', { lines: [{ ...order('x').lines[0], description: 'Bur\uD800ger' }] }),
      'lines.0.description',
    ],
    [
      'a lone low surrogate in the product type id',
      () => order('SUR-2', { lines: [{ ...order('x').lines[0], productTypeId: '\uDC00' }] }),
      'lines.0.productTypeId',
    ],
  ];

  for (const [what, make, path] of bad) {
    it(`${what}: that order is rejected with the reason, its batch-mates stored, and the resend works`, async () => {
      const tag = path.replace(/\W/g, '') + what.length;
      const batch = { orders: [order(`OK-A-${tag}`), make(), order(`OK-B-${tag}`)] };
      const first = await push(batch);
      expect(first.statusCode).toBe(200);
      const badId = (batch.orders[1] as { id: string }).id;
      expect(first.json()).toMatchObject({ accepted: 2, duplicates: 0 });
      expect(first.json().rejected).toEqual([
        { id: badId, errors: [{ path, message: expect.stringMatching(/NUL/) }] },
      ]);
      expect(await stored(`OK-A-${tag}`)).toBeDefined();
      expect(await stored(`OK-B-${tag}`)).toBeDefined();
      const again = await push(batch);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ accepted: 0, duplicates: 2, rejected: [{ id: badId }] });
    });
  }

  it('a NUL in a cash movement note rejects that movement alone', async () => {
    const res = await push({
      orders: [order('CM-OK-ORDER')],
      cashMovements: [movement('CM-NUL', { note: 'a\u0000b' }), movement('CM-OK')],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      accepted: 1,
      cashMovements: { accepted: 1, rejected: [{ id: 'CM-NUL', errors: [{ path: 'note' }] }] },
    });
  });

  it('PUT /api/pos/customers/{id} answers 400 per field, never 500', async () => {
    const put = (id: string, payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/pos/customers/${id}`,
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const name = await put('K-NUL', { name: 'Kunde\u0000 AS', orgNo: null, email: null, phone: null });
    expectProblem(name, 400);
    expect(name.json().errors).toEqual([{ path: 'name', message: expect.stringMatching(/NUL/) }]);
    const email = await put('K-SUR', { name: 'Kunde AS', email: 'a\uDBFF@b.no' });
    expectProblem(email, 400);
    expect(email.json().errors).toEqual([{ path: 'email', message: expect.any(String) }]);
    const id = await put(encodeURIComponent('K\u0000'), { name: 'Kunde AS' });
    expectProblem(id, 400);
    expect(id.json().errors).toEqual([{ path: 'id', message: expect.any(String) }]);
  });

  it('department, product-type and payment-type names answer 400 per field, never 500', async () => {
    const call = (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) =>
      t.app.inject({ method, url, cookies: owner.cookies, headers: owner.headers, payload });
    const cases = [
      await call('POST', '/api/departments', { name: 'Gr\u0000unerløkka', businessDayStart: '05:00' }),
      await call('PATCH', `/api/departments/${departmentId}`, { name: 'Sentrum\u0000' }),
      await call('POST', '/api/product-types', {
        name: 'Vin\u0000',
        kind: 'sales',
        normalAccountNo: null,
        reducedAccountNo: null,
      }),
      await call('PUT', `/api/product-types/${ids.food}`, {
        name: '\uD83D',
        kind: 'sales',
        normalAccountNo: null,
        reducedAccountNo: null,
      }),
      await call('POST', '/api/payment-types', {
        name: 'Wolt\u0000',
        kind: 'other',
        accountNo: null,
        transferToAccounting: false,
      }),
      await call('PUT', `/api/payment-types/${ids.card}`, {
        name: 'K\u0000ort',
        kind: 'card',
        accountNo: null,
        transferToAccounting: false,
      }),
    ];
    for (const res of cases) {
      expectProblem(res, 400);
      expect(res.json().errors).toEqual([{ path: 'name', message: expect.stringMatching(/NUL/) }]);
    }
    const names = await t.app.db.selectFrom('departments').select('name').execute();
    expect(names.map((d) => d.name)).toContain('Sentrum');
  });

  it('an emoji (a valid surrogate pair) is ordinary text and is stored', async () => {
    const res = await push({
      orders: [order('EMOJI-1', { lines: [{ ...order('x').lines[0], description: 'Burger 🍔' }] })],
    });
    expect(res.json()).toMatchObject({ accepted: 1, rejected: [] });
  });
});

describe('timestamps outside the window are rejected per order', () => {
  const outside: [string, string][] = [
    ['year 0001', '0001-01-01T12:00:00+01:00'],
    ['year 9999', '9999-12-31T12:00:00+01:00'],
    ['more than a year back', ago(400 * DAY)],
    ['more than a day ahead', ago(-2 * DAY)],
  ];
  for (const [what, closedAt] of outside) {
    it(`${what}: rejected with the reason, the batch-mate stored`, async () => {
      const id = `WIN-${what.replace(/\W/g, '')}`;
      const res = await push({ orders: [order(id, { closedAt }), order(`${id}-OK`)] });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ accepted: 1 });
      expect(res.json().rejected).toEqual([
        { id, errors: [{ path: 'closedAt', message: expect.stringMatching(/klokke/) }] },
      ]);
      expect(await stored(id)).toBeUndefined();
      expect(await stored(`${id}-OK`)).toBeDefined();
    });
  }

  it('inside the window (300 days back, 12 hours ahead) is accepted', async () => {
    const res = await push({
      orders: [
        order('WIN-IN-1', { closedAt: ago(300 * DAY) }),
        order('WIN-IN-2', { closedAt: ago(-12 * HOUR) }),
      ],
    });
    expect(res.json()).toMatchObject({ accepted: 2, rejected: [] });
  });

  it('a cash movement in year 9999 is rejected with the reason', async () => {
    const res = await push({ cashMovements: [movement('WIN-CM', { at: '9999-01-01T00:00:00Z' })] });
    expect(res.json().cashMovements.rejected).toEqual([
      { id: 'WIN-CM', errors: [{ path: 'at', message: expect.stringMatching(/klokke/) }] },
    ]);
  });
});
