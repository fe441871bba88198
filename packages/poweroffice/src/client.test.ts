import { describe, expect, it } from 'vitest';
import { createPowerOfficeClient } from './client.js';
import type { PowerOfficeLogger } from './config.js';

// A stand-in for PowerOffice, only for this module's unit tests; everything else runs against the simulator.
function fakePowerOffice(routes: Record<string, (init: RequestInit) => Response>): typeof fetch {
  return async (input, init = {}) => {
    const url = new URL(String(input));
    const route = routes[`${init.method ?? 'GET'} ${url.pathname}`];
    return route ? route(init) : new Response(null, { status: 404 });
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const keys = { applicationKey: 'app-key-0000-secret', clientKey: 'client-key-0000-secret' };
const token = () =>
  json(200, { access_token: 'access-token-secret', token_type: 'bearer', expires_in: 1200 });

describe('createPowerOfficeClient', () => {
  it('explains a 403 as missing_privilege when the integration was never granted it', async () => {
    const po = createPowerOfficeClient({
      tokenUrl: 'http://po.test/OAuth/Token',
      apiUrl: 'http://po.test/v2',
      subscriptionKey: 'sub',
      fetch: fakePowerOffice({
        'POST /OAuth/Token': token,
        'POST /v2/Products': () => new Response(null, { status: 403 }),
        'GET /v2/ClientIntegrationInformation': () =>
          json(200, {
            ClientName: 'Demo Restaurant AS',
            ValidPrivileges: ['Product'],
            InvalidPrivileges: [],
            ActiveClientSubscriptions: ['Accounting'],
          }),
      }),
    });
    const error = await po
      .forClient(keys)
      .createProduct({ Name: 'Kaffe' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'missing_privilege',
      status: 403,
      privileges: {
        required: 'Product_Full',
        validPrivileges: ['Product'],
        invalidPrivileges: [],
        activeClientSubscriptions: ['Accounting'],
      },
    });
    expect((error as Error).message).toContain('Product_Full');
  });

  it('never writes keys, tokens or the subscription key to the log', async () => {
    const entries: unknown[] = [];
    const logger: PowerOfficeLogger = {
      debug: (o, m) => entries.push([o, m]),
      info: (o, m) => entries.push([o, m]),
      warn: (o, m) => entries.push([o, m]),
      error: (o, m) => entries.push([o, m]),
    };
    let vatCalls = 0;
    const po = createPowerOfficeClient({
      tokenUrl: 'http://po.test/OAuth/Token',
      apiUrl: 'http://po.test/v2',
      subscriptionKey: 'subscription-key-secret',
      logger,
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
      fetch: fakePowerOffice({
        'POST /OAuth/Token': token,
        'GET /v2/VatCodes': () =>
          ++vatCalls === 1 ? json(503, { Title: 'down' }) : json(200, [{ Id: 903, Code: '3', Rate: 0.25 }]),
      }),
    });
    await po.forClient(keys).listVatCodes();
    const logged = JSON.stringify(entries);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const secret of [
      'app-key-0000-secret',
      'client-key-0000-secret',
      'access-token-secret',
      'subscription-key-secret',
      'Basic',
      'Bearer',
    ]) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).toContain('***cret');
  });

  it('tells the observer about every exchange, each retry and 429 included, by outcome', async () => {
    const seen: { operation: string; status: number | undefined; outcome: string }[] = [];
    let vatCalls = 0;
    const po = createPowerOfficeClient({
      tokenUrl: 'http://po.test/OAuth/Token',
      apiUrl: 'http://po.test/v2',
      subscriptionKey: 'observer-test-subscription',
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
      observer: ({ operation, status, outcome }) => seen.push({ operation, status, outcome }),
      fetch: fakePowerOffice({
        'POST /OAuth/Token': token,
        'GET /v2/VatCodes': () => {
          vatCalls += 1;
          if (vatCalls === 1) return json(503, { Title: 'down' });
          if (vatCalls === 2) return new Response('{}', { status: 429, headers: { 'Retry-After': '0' } });
          return json(200, [{ Id: 903, Code: '3', Rate: 0.25 }]);
        },
        'GET /v2/Departments': () => json(400, { Title: 'bad' }),
      }),
    });
    await po.forClient(keys).listVatCodes();
    await po
      .forClient(keys)
      .listDepartments()
      .catch(() => undefined);
    expect(seen.map((e) => [e.operation, e.status, e.outcome])).toEqual([
      ['requestToken', 200, 'ok'],
      ['listVatCodes', 503, 'server_error'],
      ['listVatCodes', 429, 'rate_limited'],
      ['listVatCodes', 200, 'ok'],
      ['listDepartments', 400, 'client_error'],
    ]);
  });
});
