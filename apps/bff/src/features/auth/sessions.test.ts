import { CSRF_COOKIE } from '@qo/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionId, SESSION_COOKIE } from '../../lib/sessions';
import { createTestApp, logIn, type LoggedIn, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SESSION_MAX_AGE_HOURS: '12' });
}, 60_000);
afterAll(() => t?.close(), 60_000);

const me = (s: { cookies: Record<string, string> }) =>
  t.app.inject({ method: 'GET', url: '/api/me', cookies: s.cookies });
const jarOf = (res: { cookies: { name: string; value: string }[] }) =>
  Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));

describe('one session per login', () => {
  it('logging in again in the same browser ends the session it had', async () => {
    const first = await logIn(t.app, 'regnskap@demo.no');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      cookies: first.cookies,
      payload: { email: 'regnskap@demo.no', password: 'demo' },
    });
    expect(again.statusCode).toBe(200);
    expect(jarOf(again)[SESSION_COOKIE]).not.toBe(first.cookies[SESSION_COOKIE]);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me({ cookies: jarOf(again) })).statusCode).toBe(200);
  }, 60_000);

  it('another browser of the same user keeps its own session', async () => {
    const laptop = await logIn(t.app, 'regnskap@demo.no');
    const phone = await logIn(t.app, 'regnskap@demo.no');
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(200);
  }, 60_000);
});

describe('absolute session lifetime', () => {
  it('ends a session 12 hours after the login even though it was used a minute ago', async () => {
    const s = await logIn(t.app, 'eier@demo.no');
    const idHash = hashSessionId(s.cookies[SESSION_COOKIE]!);
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    // Logged in 11.5 h ago, used recently (ten minutes of idle time left): still valid, and the
    // sliding expiry moves forward, but never past the absolute end.
    await t.app.db
      .updateTable('sessions')
      .set({ created_at: hoursAgo(11.5), expires_at: new Date(Date.now() + 10 * 60_000).toISOString() })
      .where('id_hash', '=', idHash)
      .execute();
    expect((await me(s)).statusCode).toBe(200);
    const row = await t.app.db
      .selectFrom('sessions')
      .select('expires_at')
      .where('id_hash', '=', idHash)
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.expires_at)).toBeGreaterThan(Date.now() + 20 * 60_000);
    expect(Date.parse(row.expires_at)).toBeLessThanOrEqual(
      Date.parse(hoursAgo(11.5)) + 12 * 3_600_000 + 1000,
    );
    // Logged in 12 h and a minute ago: over, whatever the sliding expiry says.
    await t.app.db
      .updateTable('sessions')
      .set({ created_at: hoursAgo(12.02), expires_at: new Date(Date.now() + 8 * 3_600_000).toISOString() })
      .where('id_hash', '=', idHash)
      .execute();
    const res = await me(s);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  }, 60_000);
});

describe('POST /api/me/password', () => {
  const change = (s: LoggedIn, body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/me/password',
      cookies: s.cookies,
      headers: s.headers,
      payload: body,
    });

  it('refuses a wrong current password and a too short new one, per field', async () => {
    const s = await logIn(t.app, 'ansatt@demo.no');
    const wrong = await change(s, { currentPassword: 'nope', newPassword: 'a-long-new-password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors.map((e: { path: string }) => e.path)).toEqual(['currentPassword']);
    const short = await change(s, { currentPassword: 'demo', newPassword: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((e: { path: string }) => e.path)).toEqual(['newPassword']);
    expect((await me(s)).statusCode).toBe(200);
  }, 60_000);

  it('needs the CSRF header', async () => {
    const s = await logIn(t.app, 'ansatt@demo.no');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/password',
      cookies: s.cookies,
      payload: { currentPassword: 'demo', newPassword: 'a-long-new-password' },
    });
    expect(res.statusCode).toBe(403);
  }, 60_000);

  it('ends every session of the user and starts a fresh one in this browser', async () => {
    const other = await logIn(t.app, 'ansatt@demo.no');
    const here = await logIn(t.app, 'ansatt@demo.no');
    const bystander = await logIn(t.app, 'eier@demo.no');
    const res = await change(here, { currentPassword: 'demo', newPassword: 'et-nytt-og-langt-passord' });
    expect(res.statusCode).toBe(204);
    const fresh = jarOf(res);
    expect(fresh[SESSION_COOKIE]).toBeTruthy();
    expect(fresh[CSRF_COOKIE]).toBeTruthy();
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(here)).statusCode).toBe(401);
    expect((await me({ cookies: fresh })).statusCode).toBe(200);
    expect((await me(bystander)).statusCode).toBe(200);

    const login = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'ansatt@demo.no', password },
      });
    expect((await login('demo')).statusCode).toBe(401);
    expect((await login('et-nytt-og-langt-passord')).statusCode).toBe(200);
  }, 60_000);
});

describe('TRUST_PROXY', () => {
  const attempts = async (app: TestApp['app'], tag: string) => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.20.0.1', // the TLS proxy
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
        payload: { email: `${tag}${i}@demo.no`, password: 'x' },
      });
      statuses.push(res.statusCode);
    }
    return statuses;
  };

  it('off (default): every client behind the proxy shares the proxy address bucket', async () => {
    const statuses = await attempts(t.app, 'off');
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[21]).toBe(429);
  }, 60_000);

  it('on: the login rate limit buckets by the client address the proxy reports', async () => {
    const behindProxy = await createTestApp({ TRUST_PROXY: '10.20.0.0/16' });
    try {
      expect(new Set(await attempts(behindProxy.app, 'on'))).toEqual(new Set([401]));
    } finally {
      await behindProxy.close();
    }
  }, 60_000);
});
