import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logIn, type LoggedIn, type TestApp } from '../../test/test-app';

/*
 * Dates a request names are checked before anything uses them: a year such as 0001 or 9999 is a
 * typo, answered 400 with the field, never a 500 from date arithmetic, and never a transfer that
 * is accepted and then fails.
 */

let t: TestApp;
let owner: LoggedIn;
let departmentId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await logIn(t.app, 'eier@demo.no');
  const department = await t.app.db
    .selectFrom('departments')
    .select('id')
    .where('name', '=', 'Sentrum')
    .executeTakeFirstOrThrow();
  departmentId = department.id;
});
afterAll(() => t.close());

const get = (path: string) => t.app.inject({ method: 'GET', url: path, cookies: owner.cookies });
const send = (method: 'POST', path: string, payload?: object) =>
  t.app.inject({
    method,
    url: path,
    cookies: owner.cookies,
    headers: owner.headers,
    ...(payload ? { payload } : {}),
  });

function expectFieldProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  path: string,
) {
  expect(res.statusCode).toBe(400);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({
    status: 400,
    title: expect.any(String),
    errors: expect.arrayContaining([expect.objectContaining({ path })]),
  });
}

describe('out-of-range dates', () => {
  const cases: [string, string, string][] = [
    ['9999-12-31', '9999-12-31', 'from'],
    ['0001-01-01', '0001-01-02', 'from'],
    ['2026-03-01', '9999-12-31', 'to'],
  ];

  for (const [from, to, path] of cases) {
    it(`preview and history of ${from} – ${to} answer 400 naming ${path}`, async () => {
      expectFieldProblem(
        await get(`/api/departments/${departmentId}/export/preview?from=${from}&to=${to}`),
        path,
      );
      expectFieldProblem(
        await get(`/api/departments/${departmentId}/export/history?from=${from}&to=${to}`),
        path,
      );
    });
  }

  it('a transfer of such a day is refused up front and no transfer is created', async () => {
    const res = await send('POST', `/api/departments/${departmentId}/export/transfers`, {
      from: '9999-12-31',
      to: '9999-12-31',
    });
    expectFieldProblem(res, 'from');
    const transfers = await t.app.db.selectFrom('export_transfers').select('id').execute();
    expect(transfers).toEqual([]);
  });

  it('a correction or reversal of such a day answers 400 naming the date', async () => {
    for (const action of ['correction', 'reverse']) {
      expectFieldProblem(
        await send('POST', `/api/departments/${departmentId}/export/days/9999-12-31/${action}`),
        'date',
      );
    }
  });

  it('an ordinary period still passes the check', async () => {
    const res = await get(`/api/departments/${departmentId}/export/history?from=2026-03-01&to=2026-03-31`);
    expect(res.statusCode).toBe(200);
  });
});
