import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  SIM_APPLICATION_KEYS,
  SIM_MAIN_APPLICATION_KEY,
  SIM_SUBSCRIPTION_KEY,
  deriveClientKey,
} from '../keys.js';
import {
  DEMO,
  FJORDKAFE,
  MANGELFULL,
  authHeaders,
  basic,
  buildTestSimulator,
  requestToken,
  tokenFor,
} from '../test/helpers.js';

let app: FastifyInstance;
afterEach(() => app.close());

describe('POST /OAuth/Token', () => {
  it('issues a 20-minute bearer token for a valid application key + client key pair', async () => {
    app = await buildTestSimulator();
    const response = await requestToken(app);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ token_type: 'bearer', expires_in: 1200 });
    const info = await app.inject({
      url: '/v2/ClientIntegrationInformation',
      headers: authHeaders(response.json().access_token),
    });
    expect(info.json()).toMatchObject({ ClientName: 'Demo Restaurant AS', InvalidPrivileges: [] });
  });

  it('accepts every add-on key on every client, each with its own client key', async () => {
    app = await buildTestSimulator();
    for (const client of [DEMO, FJORDKAFE, MANGELFULL]) {
      for (let slot = 0; slot < 10; slot++) {
        const info = await app.inject({
          url: '/v2/ClientIntegrationInformation',
          headers: authHeaders(await tokenFor(app, client.id, slot)),
        });
        expect(info.json().ClientName).toBe(client.name);
      }
    }
    expect(new Set(SIM_APPLICATION_KEYS.map((k) => deriveClientKey(DEMO.id, k))).size).toBe(10);
  });

  it('answers 400 invalid_client for a client key of another application key or client', async () => {
    app = await buildTestSimulator();
    const wrongPairs = [
      basic(SIM_MAIN_APPLICATION_KEY, deriveClientKey(DEMO.id, SIM_APPLICATION_KEYS[1]!)),
      basic(SIM_APPLICATION_KEYS[2]!, '00000000-0000-4000-8000-000000000000'),
      basic('33333333-3333-4333-8333-333333333333', deriveClientKey(DEMO.id, SIM_MAIN_APPLICATION_KEY)),
    ];
    for (const authorization of wrongPairs) {
      const response = await app.inject({
        method: 'POST',
        url: '/OAuth/Token',
        headers: {
          'ocp-apim-subscription-key': SIM_SUBSCRIPTION_KEY,
          authorization,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'grant_type=client_credentials',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid_client' });
    }
  });

  it('refuses other grant types', async () => {
    app = await buildTestSimulator();
    const response = await app.inject({
      method: 'POST',
      url: '/OAuth/Token',
      headers: {
        'ocp-apim-subscription-key': SIM_SUBSCRIPTION_KEY,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'grant_type=password',
    });
    expect(response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('lets a token work until 20 minutes have passed, then answers 401', async () => {
    let now = new Date('2026-03-14T08:00:00Z');
    app = await buildTestSimulator({ now: () => now });
    const token = await tokenFor(app);
    now = new Date('2026-03-14T08:19:59Z');
    expect((await app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) })).statusCode).toBe(200);
    now = new Date('2026-03-14T08:20:00Z');
    expect((await app.inject({ url: '/v2/VatCodes', headers: authHeaders(token) })).statusCode).toBe(401);
  });

  it('answers 401 to an unknown or missing bearer token', async () => {
    app = await buildTestSimulator();
    expect((await app.inject({ url: '/v2/VatCodes', headers: authHeaders('not-a-token') })).statusCode).toBe(
      401,
    );
    expect(
      (
        await app.inject({
          url: '/v2/VatCodes',
          headers: { 'ocp-apim-subscription-key': SIM_SUBSCRIPTION_KEY },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('lists a client lacking the voucher module with InvalidPrivileges and refuses its voucher with 403', async () => {
    app = await buildTestSimulator();
    const token = await tokenFor(app, MANGELFULL.id);
    const info = (
      await app.inject({ url: '/v2/ClientIntegrationInformation', headers: authHeaders(token) })
    ).json();
    expect(info.InvalidPrivileges).toContain('ManualVoucher_Full');
    expect(info.ValidPrivileges).not.toContain('ManualVoucher_Full');
    const response = await app.inject({
      method: 'POST',
      url: '/v2/Vouchers/ManualJournals',
      headers: authHeaders(token),
      payload: {},
    });
    expect(response.statusCode).toBe(403);
  });
});
