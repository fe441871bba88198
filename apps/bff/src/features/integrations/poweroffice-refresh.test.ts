import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, type LoggedIn } from '../../test/test-app';
import { createKit, keyFor, type Kit } from '../../test/integrations-test-kit';

/*
 * Forced refreshes of PowerOffice lists (`?refresh=true`) have their own small budget, so nobody
 * pressing "refresh" spends the request budget the transfers need: staff always get the cached
 * list, owners and accountants refresh within the budget and are told when to try again beyond it.
 */

let kit: Kit;
let staff: LoggedIn;
let url: string;

const requestsTo = async (path: string): Promise<number> => {
  const log = (await (await fetch(`${kit.simUrl}/_sim/requests`)).json()) as { Requests: { path: string }[] };
  return log.Requests.filter((r) => r.path.endsWith(path)).length;
};

beforeAll(async () => {
  kit = await createKit({ POWEROFFICE_REFRESHES_PER_MINUTE: '2' });
  staff = await logIn(kit.app, 'ansatt@demo.no');
  const departments = (await kit.call(kit.owner, 'GET', '/api/departments')).json() as {
    id: string;
    name: string;
  }[];
  const sentrum = departments.find((d) => d.name === 'Sentrum')!.id;
  const res = await kit.call(kit.owner, 'PUT', `/api/departments/${sentrum}/integration`, {
    slot: 0,
    clientKey: keyFor(kit.clients.demo, 0),
  });
  expect(res.statusCode, res.body).toBe(200);
  url = `/api/departments/${sentrum}/poweroffice/vat-codes`;
}, 60_000);
afterAll(() => kit?.close());

describe('forced refreshes of PowerOffice lists', () => {
  it('gives staff the cached list for ?refresh=true, asking PowerOffice nothing', async () => {
    const first = (await kit.call(kit.owner, 'GET', url)).json();
    const before = await requestsTo('/VatCodes');
    for (let i = 0; i < 5; i++) {
      const res = await kit.call(staff, 'GET', `${url}?refresh=true`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().fetchedAt).toBe(first.fetchedAt);
    }
    expect(await requestsTo('/VatCodes')).toBe(before);
  });

  it('lets owners and accountants refresh within the budget, then answers 429 with Retry-After', async () => {
    const before = await requestsTo('/VatCodes');
    expect((await kit.call(kit.owner, 'GET', `${url}?refresh=true`)).statusCode).toBe(200);
    expect((await kit.call(kit.accountant, 'GET', `${url}?refresh=true`)).statusCode).toBe(200);
    const refused = await kit.call(kit.accountant, 'GET', `${url}?refresh=true`);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({
      code: 'rate_limited',
      detail: expect.stringMatching(/Vent \d+ sekunder/),
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await requestsTo('/VatCodes')).toBe(before + 2);
    // Without ?refresh the cached list is still served.
    expect((await kit.call(kit.accountant, 'GET', url)).statusCode).toBe(200);
  });
});
