import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logIn, seedOtherCompany, type LoggedIn, type TestApp } from '../../test/test-app';

let t: TestApp;
let owner: LoggedIn;
let accountant: LoggedIn;
let staff: LoggedIn;
let other: Awaited<ReturnType<typeof seedOtherCompany>>;

beforeAll(async () => {
  t = await createTestApp();
  other = await seedOtherCompany(t.app.db);
  [owner, accountant, staff] = await Promise.all([
    logIn(t.app, 'eier@demo.no'),
    logIn(t.app, 'regnskap@demo.no'),
    logIn(t.app, 'ansatt@demo.no'),
  ]);
});
afterAll(() => t.close());

const list = (s: LoggedIn) => t.app.inject({ method: 'GET', url: '/api/departments', cookies: s.cookies });
const create = (s: LoggedIn, payload: unknown, withCsrf = true) =>
  t.app.inject({
    method: 'POST',
    url: '/api/departments',
    cookies: s.cookies,
    headers: withCsrf ? s.headers : {},
    payload: payload as object,
  });
const patch = (s: LoggedIn, id: string, payload: unknown) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/departments/${id}`,
    cookies: s.cookies,
    headers: s.headers,
    payload: payload as object,
  });

describe('GET /api/departments', () => {
  it("lists the demo company's three departments to every role, with no integration yet", async () => {
    for (const s of [owner, accountant, staff]) {
      const res = await list(s);
      expect(res.statusCode).toBe(200);
      const names = res.json().map((d: { name: string }) => d.name);
      expect(names).toEqual(expect.arrayContaining(['Sentrum', 'Grünerløkka', 'Aker Brygge']));
      expect(names).not.toContain('Bryggen');
      expect(res.json()[0]).toMatchObject({
        businessDayStart: '05:00',
        timezone: 'Europe/Oslo',
        integration: null,
      });
    }
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/departments' })).statusCode).toBe(401);
  });
});

describe('POST /api/departments', () => {
  it('lets the owner add a department, defaulting business hours to 05:00', async () => {
    const res = await create(owner, { name: 'Majorstuen' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Majorstuen', businessDayStart: '05:00', integration: null });
    expect((await list(staff)).json().map((d: { name: string }) => d.name)).toContain('Majorstuen');
  });

  it('refuses the accountant and staff with 403', async () => {
    for (const s of [accountant, staff]) {
      const res = await create(s, { name: 'Not allowed' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
  });

  it('refuses a call without the CSRF header with 403', async () => {
    const res = await create(owner, { name: 'No CSRF' }, false);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
  });

  it('reports malformed bodies with field paths', async () => {
    const res = await create(owner, { name: '', businessDayStart: '25:00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'name', message: expect.any(String) },
        { path: 'businessDayStart', message: 'Bruk formatet TT:MM, f.eks. 05:00' },
      ]),
    );
  });

  it('refuses a duplicate name with 409', async () => {
    const res = await create(owner, { name: 'Sentrum' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ path: 'name', message: 'Navnet er i bruk' }]);
  });
});

describe('PATCH /api/departments/:id', () => {
  it('lets the owner change business hours and name', async () => {
    const id = (await list(owner)).json().find((d: { name: string }) => d.name === 'Aker Brygge').id;
    const res = await patch(owner, id, { businessDayStart: '06:00' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, name: 'Aker Brygge', businessDayStart: '06:00' });
    const renamed = await patch(owner, id, { name: 'Aker Brygge Brasserie' });
    expect(renamed.json()).toMatchObject({ name: 'Aker Brygge Brasserie', businessDayStart: '06:00' });
  });

  it('refuses the accountant with 403', async () => {
    const id = (await list(owner)).json()[0].id;
    expect((await patch(accountant, id, { businessDayStart: '04:00' })).statusCode).toBe(403);
  });

  it("answers 404 for another company's department, and leaves it unchanged", async () => {
    const res = await patch(owner, other.departmentId, { name: 'Hijacked' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    const otherOwner = await logIn(t.app, other.email, other.password);
    expect((await list(otherOwner)).json().map((d: { name: string }) => d.name)).toEqual(['Bryggen']);
  });

  it('refuses an empty change with a problem', async () => {
    const id = (await list(owner)).json()[0].id;
    const res = await patch(owner, id, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toBe('Oppgi navn eller drifttid');
  });
});
