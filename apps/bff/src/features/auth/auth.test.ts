import { CSRF_COOKIE } from '@qo/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../lib/sessions';
import { createTestApp, logIn, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

describe('POST /api/auth/login', () => {
  it('logs a demo user in with an httpOnly session cookie and a readable CSRF cookie', async () => {
    const res = await login('Eier@Demo.no', 'demo');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ email: 'eier@demo.no', role: 'owner', name: expect.any(String) });
    const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
    const csrf = res.cookies.find((c) => c.name === CSRF_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
    expect(csrf?.value).toMatch(/^[\w-]{20,}$/);
  });

  it('refuses a wrong password with 401 problem details and no cookie', async () => {
    const res = await login('regnskap@demo.no', 'wrong');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 401, code: 'invalid_credentials' });
    expect(res.cookies).toEqual([]);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const res = await login('nobody@demo.no', 'demo');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
  });

  it('reports malformed bodies per field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'not-an-email' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
  });

  it('locks the account after 5 failed attempts, even for the right password, answering as for an unknown e-mail', async () => {
    const comparable = (res: Awaited<ReturnType<typeof login>>) => ({
      status: res.statusCode,
      body: res.json(),
      retryAfter: res.headers['retry-after'],
      cookies: res.cookies,
    });
    for (let i = 0; i < 5; i++) {
      expect((await login('ansatt@demo.no', 'nope', '10.0.0.9')).statusCode).toBe(401);
    }
    const locked = await login('ansatt@demo.no', 'demo', '10.0.0.9');
    const unknown = await login('ukjent@demo.no', 'demo', '10.0.0.9');
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toMatchObject({ code: 'invalid_credentials' });
    expect(locked.json().detail).toMatch(/15 minutter/);
    expect(comparable(locked)).toEqual(comparable(unknown));
    // The lock is real: the right password still does not get in while it lasts…
    expect((await login('ansatt@demo.no', 'demo', '10.0.0.9')).statusCode).toBe(401);
    // …and once it has run out, it does.
    await t.app.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where('email', '=', 'ansatt@demo.no')
      .execute();
    expect((await login('ansatt@demo.no', 'demo', '10.0.0.9')).statusCode).toBe(200);
  }, 60_000);

  it('rate limits many attempts from one IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await login(`x${i}@demo.no`, 'x', '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[21]).toBe(429);
  });
});

describe('GET /api/me and POST /api/auth/logout', () => {
  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('returns the user and renews the CSRF cookie', async () => {
    const s = await logIn(t.app, 'regnskap@demo.no');
    const res = await t.app.inject({ method: 'GET', url: '/api/me', cookies: s.cookies });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      email: 'regnskap@demo.no',
      role: 'accountant',
      companyId: s.user.companyId,
      companyName: 'Demo Restaurant AS',
    });
    expect(res.cookies.find((c) => c.name === CSRF_COOKIE)?.value).toBe(s.cookies[CSRF_COOKIE]);
  });

  it('refuses logout without the CSRF header, then ends the session with it', async () => {
    const s = await logIn(t.app, 'eier@demo.no');
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: s.cookies });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('csrf_failed');

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: s.cookies,
      headers: s.headers,
    });
    expect(ok.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', cookies: s.cookies });
    expect(after.statusCode).toBe(401);
  });

  it('does not accept the CSRF token of another session', async () => {
    const a = await logIn(t.app, 'eier@demo.no');
    const b = await logIn(t.app, 'eier@demo.no');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/departments',
      cookies: { [SESSION_COOKIE]: a.cookies[SESSION_COOKIE]!, [CSRF_COOKIE]: b.cookies[CSRF_COOKIE]! },
      headers: b.headers,
      payload: { name: 'Fremmed' },
    });
    expect(res.statusCode).toBe(403);
  });
});
