import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { SIM_SUBSCRIPTION_KEY } from '../keys.js';
import { authHeaders, buildTestSimulator, connect, dayVoucher, tokenFor } from '../test/helpers.js';

let app: FastifyInstance;
afterEach(() => app.close());

describe('subscription key (API Management in front of PowerOffice)', () => {
  it('answers 401 when the key is missing, on the API and on the token call', async () => {
    app = await buildTestSimulator();
    for (const [method, url] of [
      ['GET', '/v2/VatCodes'],
      ['POST', '/OAuth/Token'],
    ] as const) {
      const response = await app.inject({ method, url });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        statusCode: 401,
        message: expect.stringMatching(/missing subscription key/),
      });
    }
  });

  it('answers 401 for a wrong key even with a valid bearer token', async () => {
    app = await buildTestSimulator();
    const token = await tokenFor(app);
    const response = await app.inject({
      url: '/v2/VatCodes',
      headers: { ...authHeaders(token), 'ocp-apim-subscription-key': 'nope' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toMatch(/invalid subscription key/);
  });

  it('also takes the key as the subscription-key query parameter', async () => {
    app = await buildTestSimulator();
    const token = await tokenFor(app);
    const response = await app.inject({
      url: `/v2/VatCodes?subscription-key=${SIM_SUBSCRIPTION_KEY}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('rate limit', () => {
  it('answers the 11th call within a second with 429, "Try again in N seconds" and Retry-After', async () => {
    app = await buildTestSimulator({ rateLimitPerSecond: 10 });
    const token = await tokenFor(app); // the token call is call 1
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) })),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    const limited = responses.find((r) => r.statusCode === 429)!;
    expect(limited.json()).toEqual({
      statusCode: '429',
      message: 'Rate limit is exceeded. Try again in 1 seconds.',
    });
    expect(limited.headers['retry-after']).toBe('1');
  });

  it('lets calls through again after a second, and never counts admin calls', async () => {
    app = await buildTestSimulator({ rateLimitPerSecond: 2 });
    // Admin calls first: on a busy machine twenty calls can take a while, and the window is one second.
    for (let i = 0; i < 20; i++) expect((await app.inject('/_sim/clients')).statusCode).toBe(200);
    const token = await tokenFor(app);
    expect((await app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) })).statusCode).toBe(200);
    expect((await app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) })).statusCode).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1050));
    expect((await app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) })).statusCode).toBe(200);
  });
});

describe('faults', () => {
  it('answers the next N calls with the chosen status, then recovers; the token call is spared by default', async () => {
    app = await buildTestSimulator();
    await app.inject({
      method: 'POST',
      url: '/_sim/faults',
      payload: { nextFailures: { count: 2, status: 503 } },
    });
    const token = await tokenFor(app);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) })).statusCode);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('fails every call with errorRate 1 and none after reset', async () => {
    app = await buildTestSimulator();
    const token = await tokenFor(app);
    await app.inject({ method: 'POST', url: '/_sim/faults', payload: { errorRate: 1 } });
    const failed = await app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) });
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toMatchObject({ Status: 500 });
    await app.inject({ method: 'POST', url: '/_sim/reset' });
    const fresh = await tokenFor(app);
    expect((await app.inject({ url: '/v2/VatCodes', headers: authHeaders(fresh) })).statusCode).toBe(200);
  });

  it('adds latency', async () => {
    app = await buildTestSimulator();
    const token = await tokenFor(app);
    await app.inject({ method: 'POST', url: '/_sim/faults', payload: { latencyMs: 150 } });
    const started = Date.now();
    await app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('refuses unknown fault settings', async () => {
    app = await buildTestSimulator();
    const response = await app.inject({
      method: 'POST',
      url: '/_sim/faults',
      payload: { nextFailures: { count: 1, status: 418 } },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('faults over a real socket', () => {
  async function listen() {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return `http://127.0.0.1:${address.port}`;
  }

  it('commits the write but drops the response, so only a lookup shows the voucher', async () => {
    app = await buildTestSimulator();
    const c = await connect(app);
    const base = await listen();
    await app.inject({ method: 'POST', url: '/_sim/faults', payload: { dropResponseAfterWrite: 1 } });
    const send = () =>
      fetch(`${base}/v2/Vouchers/ManualJournals`, {
        method: 'POST',
        headers: { ...authHeaders(c.token), 'content-type': 'application/json' },
        body: JSON.stringify(dayVoucher(c)),
      });
    await expect(send()).rejects.toThrow();
    const posted = (await app.inject('/_sim/posted')).json();
    expect(posted.Vouchers).toHaveLength(1);
    expect(posted.Vouchers[0]).toMatchObject({
      ExternalImportReference: 'qo-dept1-2026-03-13-v1',
      VoucherNo: 1,
    });
    // The retry meets the duplicate guard; the ledger still holds exactly one voucher.
    const retry = await send();
    expect(retry.status).toBe(400);
    const after = (await app.inject('/_sim/posted')).json();
    expect(after.Vouchers).toHaveLength(1);
    expect(after.Requests.map((r: { Status: number }) => r.Status)).toEqual([201, 400]);
  });

  it('commits a held write after the client gave up on it, and logs every request with its arrival', async () => {
    app = await buildTestSimulator();
    const c = await connect(app);
    const base = await listen();
    await app.inject({
      method: 'POST',
      url: '/_sim/faults',
      payload: { commitAfterClientGaveUp: { count: 1, holdMs: 600 } },
    });
    const sent = Date.now();
    await expect(
      fetch(`${base}/v2/Vouchers/ManualJournals`, {
        method: 'POST',
        headers: { ...authHeaders(c.token), 'content-type': 'application/json' },
        body: JSON.stringify(dayVoucher(c)),
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow();
    // Not there while held; there once the hold is over, with nobody waiting for the answer.
    expect((await app.inject('/_sim/posted')).json().Vouchers).toHaveLength(0);
    let vouchers: unknown[] = [];
    for (let i = 0; i < 200 && vouchers.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
      vouchers = (await app.inject('/_sim/posted')).json().Vouchers;
    }
    expect(vouchers).toHaveLength(1);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(550);
    const log = (await app.inject('/_sim/requests')).json().Requests as {
      method: string;
      path: string;
      at: string;
      status: number | null;
    }[];
    const post = log.find((r) => r.method === 'POST' && r.path === '/v2/Vouchers/ManualJournals');
    expect(post).toMatchObject({ status: 201 });
    expect(Math.abs(Date.parse(post!.at) - sent)).toBeLessThan(200);
    expect((await app.inject('/_sim/faults')).json().commitAfterClientGaveUp).toEqual({
      count: 0,
      holdMs: 600,
    });
  });

  it("holds a 'timeout' call open and then closes the connection without an answer", async () => {
    app = await buildTestSimulator();
    const token = await tokenFor(app);
    const base = await listen();
    await app.inject({
      method: 'POST',
      url: '/_sim/faults',
      payload: { nextFailures: { count: 1, status: 'timeout' }, timeoutMs: 300 },
    });
    const started = Date.now();
    await expect(fetch(`${base}/v2/VatCodes`, { headers: authHeaders(token) })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect((await fetch(`${base}/v2/VatCodes`, { headers: authHeaders(token) })).status).toBe(200);
  });
});
