import type { FastifyInstance } from 'fastify';
import { buildSimulator } from '../app.js';
import type { SimulatorOptions } from '../context.js';
import { SIM_APPLICATION_KEYS, SIM_SUBSCRIPTION_KEY, deriveClientKey } from '../keys.js';
import { seedClients } from '../seed/clients.js';

export const DEMO = seedClients[0]!;
export const FJORDKAFE = seedClients[1]!;
export const MANGELFULL = seedClients[2]!;

/** A simulator with a generous rate limit, so only the rate-limit tests meet the limit. */
export function buildTestSimulator(options: SimulatorOptions = {}): Promise<FastifyInstance> {
  return buildSimulator({ rateLimitPerSecond: 10_000, ...options });
}

export function basic(applicationKey: string, clientKey: string): string {
  return `Basic ${Buffer.from(`${applicationKey}:${clientKey}`).toString('base64')}`;
}

export async function requestToken(app: FastifyInstance, clientId = DEMO.id, slot = 0) {
  const applicationKey = SIM_APPLICATION_KEYS[slot]!;
  return app.inject({
    method: 'POST',
    url: '/OAuth/Token',
    headers: {
      'ocp-apim-subscription-key': SIM_SUBSCRIPTION_KEY,
      authorization: basic(applicationKey, deriveClientKey(clientId, applicationKey)),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: 'grant_type=client_credentials',
  });
}

export async function tokenFor(app: FastifyInstance, clientId = DEMO.id, slot = 0): Promise<string> {
  const response = await requestToken(app, clientId, slot);
  if (response.statusCode !== 200) throw new Error(`token: ${response.statusCode} ${response.body}`);
  return (response.json() as { access_token: string }).access_token;
}

export function authHeaders(token: string): Record<string, string> {
  return { 'ocp-apim-subscription-key': SIM_SUBSCRIPTION_KEY, authorization: `Bearer ${token}` };
}

/** A signed-in caller for one client: GET/POST helpers plus the client's ids by number/code. */
export async function connect(app: FastifyInstance, clientId = DEMO.id, slot = 0) {
  const token = await tokenFor(app, clientId, slot);
  const get = (url: string) => app.inject({ method: 'GET', url, headers: authHeaders(token) });
  const post = (url: string, payload?: unknown) =>
    app.inject({
      method: 'POST',
      url,
      headers: authHeaders(token),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const accounts = (await get('/v2/GeneralLedgerAccounts')).json() as Array<{
    Id: number;
    AccountNo: number;
  }>;
  const vatCodes = (await get('/v2/VatCodes?includeExpired=true')).json() as Array<{
    Id: number;
    Code: string;
  }>;
  const departments = (await get('/v2/Departments')).json() as Array<{
    Id: number;
    Code: string;
    IsActive: boolean;
  }>;
  const accountId = (no: number) => accounts.find((a) => a.AccountNo === no)!.Id;
  const vatId = (code: string) => vatCodes.find((v) => v.Code === code)!.Id;
  const departmentId = (code: string) => departments.find((d) => d.Code === code)!.Id;
  return { token, get, post, accountId, vatId, departmentId };
}

export type Caller = Awaited<ReturnType<typeof connect>>;

/** A balanced day-end voucher: card 1250,00 against dine-in sales 1000,00 at 25 % and takeaway 250,00 at 15 %. */
export function dayVoucher(
  c: Caller,
  overrides: Record<string, unknown> = {},
  date = '2026-03-13',
  departmentCode = '1',
) {
  const line = (accountNo: number, amount: number, vat: string | null) => ({
    AccountId: c.accountId(accountNo),
    CurrencyAmount: amount,
    VatId: vat === null ? null : c.vatId(vat),
    PostingDate: date,
    DepartmentId: c.departmentId(departmentCode),
  });
  return {
    VoucherDate: date,
    CurrencyCode: 'NOK',
    Description: 'Dagsoppgjør Sentrum',
    ExternalImportReference: `qo-dept1-${date}-v1`,
    VoucherLines: [line(1503, 1250, '0'), line(3010, -1000, '3'), line(3040, -250, '31')],
    ...overrides,
  };
}
