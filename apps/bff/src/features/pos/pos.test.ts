import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logIn, seedOtherCompany, type LoggedIn, type TestApp } from '../../test/test-app';

let t: TestApp;
let owner: LoggedIn;
let accountant: LoggedIn;
let token: string;
let tokenId: string;
let departmentId: string;
const ids = { food: '', alcohol: '', giftCard: '', card: '', cash: '', credit: '' };

beforeAll(async () => {
  t = await createTestApp();
  [owner, accountant] = await Promise.all([logIn(t.app, 'eier@demo.no'), logIn(t.app, 'regnskap@demo.no')]);
  const db = t.app.db;
  const department = await db
    .selectFrom('departments')
    .select('id')
    .where('name', '=', 'Sentrum')
    .executeTakeFirstOrThrow();
  departmentId = department.id;
  const pt = await db.selectFrom('product_types').select(['id', 'name']).execute();
  const pay = await db.selectFrom('payment_types').select(['id', 'kind']).execute();
  ids.food = pt.find((p) => p.name === 'Mat')!.id;
  ids.alcohol = pt.find((p) => p.name === 'Alkohol')!.id;
  ids.giftCard = pt.find((p) => p.name === 'Gavekort')!.id;
  ids.card = pay.find((p) => p.kind === 'card')!.id;
  ids.cash = pay.find((p) => p.kind === 'cash')!.id;
  ids.credit = pay.find((p) => p.kind === 'credit')!.id;
  const res = await createToken(owner, departmentId);
  expect(res.statusCode).toBe(201);
  ({ token, id: tokenId } = res.json());
});
afterAll(() => t.close());

const createToken = (s: LoggedIn, id: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/departments/${id}/pos-tokens`,
    cookies: s.cookies,
    headers: s.headers,
    payload: { label: 'Kasse 1' },
  });
const push = (payload: unknown, bearer = token) =>
  t.app.inject({
    method: 'POST',
    url: '/api/pos/orders',
    headers: { authorization: `Bearer ${bearer}` },
    payload: payload as object,
  });

/**
 * O1 of the worked day in docs/voucher-rules.md: Mat 2 × 189,00 and Alkohol 2 × 98,00 at 25 %, card
 * 600,00 incl. tip 26,00.
 */
function order(id: string, changes: Record<string, unknown> = {}) {
  return {
    id,
    closedAt: '2026-03-13T18:05:00+01:00',
    orderType: 'dine_in',
    customerId: null,
    lines: [
      {
        productTypeId: ids.food,
        description: 'Burger',
        quantity: 2,
        unitPrice: 18900,
        discount: 0,
        vatRate: 25,
      },
      {
        productTypeId: ids.alcohol,
        description: 'Pils',
        quantity: 2,
        unitPrice: 9800,
        discount: 0,
        vatRate: 25,
      },
    ],
    payments: [{ paymentTypeId: ids.card, amount: 60000, tip: 2600 }],
    ...changes,
  };
}

async function storedOrder(posId: string) {
  return t.app.db
    .selectFrom('orders')
    .selectAll()
    .where('department_id', '=', departmentId)
    .where('pos_id', '=', posId)
    .executeTakeFirst();
}

describe('POST /api/pos/orders', () => {
  it('accepts a valid order and stores it with its totals, lines and payments', async () => {
    const res = await push({
      orders: [order('T-1')],
      cashMovements: [
        { id: 'T-CM-1', at: '2026-03-13T10:00:00+01:00', kind: 'float', amount: 200000, note: 'Veksel' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [],
      cashMovements: { accepted: 1, duplicates: 0, rejected: [] },
    });
    const row = await storedOrder('T-1');
    expect(row).toMatchObject({
      closed_at: '2026-03-13T17:05:00.000Z',
      total: 57400,
      rounding: 0,
      tips: 2600,
      order_type: 'dine_in',
    });
    const lines = await t.app.db
      .selectFrom('order_lines')
      .select(['total', 'vat_rate'])
      .where('order_id', '=', row!.id)
      .orderBy('line_no')
      .execute();
    expect(lines).toEqual([
      { total: 37800, vat_rate: 25 },
      { total: 19600, vat_rate: 25 },
    ]);
  });

  it('counts the same order (and cash movement) sent again as a duplicate and stores nothing new', async () => {
    const res = await push({
      orders: [order('T-1')],
      cashMovements: [
        { id: 'T-CM-1', at: '2026-03-13T10:00:00+01:00', kind: 'float', amount: 200000, note: 'Veksel' },
      ],
    });
    expect(res.json()).toMatchObject({
      accepted: 0,
      duplicates: 1,
      rejected: [],
      cashMovements: { accepted: 0, duplicates: 1 },
    });
    const count = await t.app.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('pos_id', '=', 'T-1')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('rejects the same id with other content (409 reason) and keeps the stored order', async () => {
    const changed = order('T-1', { payments: [{ paymentTypeId: ids.card, amount: 57400, tip: 0 }] });
    const res = await push({ orders: [changed] });
    expect(res.statusCode).toBe(200);
    expect(res.json().rejected).toEqual([
      { id: 'T-1', errors: [{ path: 'id', message: expect.stringMatching(/409/) }] },
    ]);
    expect((await storedOrder('T-1'))?.tips).toBe(2600);
  });

  const reasons: [string, () => Record<string, unknown>, string, RegExp][] = [
    [
      'an unknown product type',
      () => order('R-1', { lines: [{ productTypeId: 'nope', quantity: 1, unitPrice: 57400, vatRate: 25 }] }),
      'lines.0.productTypeId',
      /Ukjent produkttype/,
    ],
    [
      'an unknown payment type',
      () => order('R-2', { payments: [{ paymentTypeId: 'nope', amount: 57400 }] }),
      'payments.0.paymentTypeId',
      /Ukjent betalingstype/,
    ],
    ['an unknown customer', () => order('R-3', { customerId: 'K-9999' }), 'customerId', /Ukjent kunde/],
    [
      'unbalanced payments',
      () => order('R-4', { payments: [{ paymentTypeId: ids.card, amount: 50000, tip: 0 }] }),
      'payments',
      /stemmer ikke/,
    ],
    [
      'rounding on a card-only order',
      () => order('R-5', { payments: [{ paymentTypeId: ids.card, amount: 57450, tip: 0 }] }),
      'payments',
      /kontant/,
    ],
    [
      'a VAT rate outside 25/15/12/0',
      () =>
        order('R-6', { lines: [{ productTypeId: ids.food, quantity: 1, unitPrice: 57400, vatRate: 24 }] }),
      'lines.0.vatRate',
      /25, 15, 12 eller 0/,
    ],
    [
      'a non-integer amount',
      () => order('R-7', { payments: [{ paymentTypeId: ids.card, amount: 574.5, tip: 0 }] }),
      'payments.0.amount',
      /heltall/,
    ],
    [
      'a non-integer unit price',
      () =>
        order('R-8', { lines: [{ productTypeId: ids.food, quantity: 1, unitPrice: 573.99, vatRate: 25 }] }),
      'lines.0.unitPrice',
      /heltall/,
    ],
    [
      'a time without offset',
      () => order('R-9', { closedAt: '2026-03-13T18:05:00' }),
      'closedAt',
      /tidssone/,
    ],
  ];
  for (const [what, make, path, message] of reasons) {
    it(`rejects ${what} with its reason`, async () => {
      const body = make();
      const res = await push({ orders: [body] });
      expect(res.statusCode).toBe(200);
      const { accepted, rejected } = res.json();
      expect(accepted).toBe(0);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].id).toBe(body.id);
      expect(rejected[0].errors).toContainEqual({ path, message: expect.stringMatching(message) });
      expect(await storedOrder(body.id as string)).toBeUndefined();
    });
  }

  it('accepts cash rounding below 1 kr, and a credit order for a known customer', async () => {
    const cash = order('C-1', {
      lines: [{ productTypeId: ids.food, quantity: 1, unitPrice: 16950, discount: 1000, vatRate: 15 }],
      payments: [{ paymentTypeId: ids.cash, amount: 16000, tip: 0 }],
      orderType: 'takeaway',
    });
    const credit = order('C-2', {
      customerId: 'K-1001',
      payments: [{ paymentTypeId: ids.credit, amount: 57400, tip: 0 }],
    });
    const res = await push({ orders: [cash, credit] });
    expect(res.json()).toMatchObject({ accepted: 2, rejected: [] });
    expect(await storedOrder('C-1')).toMatchObject({ total: 15950, rounding: 50 });
    expect((await storedOrder('C-2'))?.customer_id).not.toBeNull();
  });

  it('stores the good orders of a batch and rejects only the bad ones', async () => {
    const res = await push({ orders: [order('B-1'), order('B-2', { orderType: 'drive_in' }), order('B-3')] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      accepted: 2,
      duplicates: 0,
      rejected: [{ id: 'B-2', errors: [{ path: 'orderType' }] }],
    });
    expect(await storedOrder('B-1')).toBeDefined();
    expect(await storedOrder('B-2')).toBeUndefined();
    expect(await storedOrder('B-3')).toBeDefined();
  });

  it('answers 400 and stores nothing when the envelope is invalid', async () => {
    const res = await push({ orders: [order('E-1'), { closedAt: 'no id' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400, errors: [{ path: 'orders.1.id' }] });
    expect(await storedOrder('E-1')).toBeUndefined();
    expect((await push({ orders: 'x' })).statusCode).toBe(400);
  });

  it('answers 401 without a token or with an unknown one', async () => {
    expect((await push({ orders: [order('A-1')] }, 'qop_wrong')).statusCode).toBe(401);
    const none = await t.app.inject({ method: 'POST', url: '/api/pos/orders', payload: { orders: [] } });
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(await storedOrder('A-1')).toBeUndefined();
  });

  it('answers 413 with a problem when the body is above 5 MB', async () => {
    const big = {
      orders: [
        order('BIG-1', {
          lines: [
            { productTypeId: ids.food, description: 'x'.repeat(200), quantity: 1, unitPrice: 1, vatRate: 25 },
          ],
        }),
      ],
      padding: 'x'.repeat(5 * 1024 * 1024),
    };
    const res = await push(big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      detail: expect.stringMatching(/5 MB/),
    });
  });
});

describe('PUT /api/pos/customers/{id}', () => {
  const put = (id: string, payload: unknown) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/pos/customers/${id}`,
      headers: { authorization: `Bearer ${token}` },
      payload: payload as object,
    });

  it('creates, then updates, the company customer with that POS id; orders may then name it', async () => {
    const created = await put('K-2001', {
      name: 'Ny Kunde AS',
      orgNo: '912 345 670',
      email: null,
      phone: null,
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      id: 'K-2001',
      name: 'Ny Kunde AS',
      orgNo: '912345670',
      created: true,
    });
    const updated = await put('K-2001', {
      name: 'Ny Kunde Oslo AS',
      orgNo: null,
      email: 'post@nykunde.no',
      phone: null,
    });
    expect(updated.json()).toMatchObject({ name: 'Ny Kunde Oslo AS', created: false });
    const rows = await t.app.db
      .selectFrom('customers')
      .select('name')
      .where('external_id', '=', 'K-2001')
      .execute();
    expect(rows).toEqual([{ name: 'Ny Kunde Oslo AS' }]);
    const res = await push({
      orders: [
        order('K-ORDER', { customerId: 'K-2001', payments: [{ paymentTypeId: ids.credit, amount: 57400 }] }),
      ],
    });
    expect(res.json()).toMatchObject({ accepted: 1 });
  });

  it('refuses an invalid body with field errors', async () => {
    const res = await put('K-2002', { name: '', orgNo: '123' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['name', 'orgNo']),
    );
  });
});

describe('device tokens', () => {
  it('are listed without the secret, only to the owner, and only for their own company', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/departments/${departmentId}/pos-tokens`,
      cookies: owner.cookies,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([
      expect.objectContaining({ id: tokenId, label: 'Kasse 1', revokedAt: null }),
    ]);
    expect(list.body).not.toContain(token);
    expect((await createToken(accountant, departmentId)).statusCode).toBe(403);
    const other = await seedOtherCompany(t.app.db);
    expect((await createToken(owner, other.departmentId)).statusCode).toBe(404);
  });

  it('stores only a hash of the token', async () => {
    const rows = await t.app.db.selectFrom('pos_device_tokens').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });

  it('stop working when revoked', async () => {
    const extra = (await createToken(owner, departmentId)).json();
    expect((await push({ orders: [] }, extra.token)).statusCode).toBe(200);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/departments/${departmentId}/pos-tokens/${extra.id}`,
      cookies: owner.cookies,
      headers: owner.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await push({ orders: [] }, extra.token)).statusCode).toBe(401);
    expect((await push({ orders: [] })).statusCode).toBe(200);
    const missing = await t.app.inject({
      method: 'DELETE',
      url: `/api/departments/${departmentId}/pos-tokens/nope`,
      cookies: owner.cookies,
      headers: owner.headers,
    });
    expect(missing.statusCode).toBe(404);
  });
});
