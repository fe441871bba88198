import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SIM_APPLICATION_KEYS, deriveClientKey } from '../keys.js';
import { seedClients } from '../seed/clients.js';
import { type Caller, buildTestSimulator, connect, dayVoucher } from './helpers.js';

// The project's copy of PowerOffice's v2 OpenAPI subset, kept beside the client.
const spec = parse(
  readFileSync(
    fileURLToPath(
      new URL('../../../../packages/poweroffice/openapi/poweroffice-go-v2.openapi.yaml', import.meta.url),
    ),
    'utf8',
  ),
) as {
  components: {
    schemas: Record<string, { properties?: Record<string, { $ref?: string; items?: { $ref?: string } }> }>;
  };
};

/** Every property the simulator sends must exist, with the same spelling, in PowerOffice's schema. */
function expectShape(value: unknown, schemaName: string, path = schemaName): void {
  const schema = spec.components.schemas[schemaName];
  expect(schema?.properties, `${schemaName} in the OpenAPI subset`).toBeDefined();
  const properties = schema!.properties!;
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    expect(Object.keys(properties), `${path}.${key}`).toContain(key);
    const ref = properties[key]?.$ref ?? properties[key]?.items?.$ref;
    const nested = ref?.split('/').pop();
    if (nested && spec.components.schemas[nested]?.properties && member !== null) {
      for (const item of Array.isArray(member) ? member : [member])
        expectShape(item, nested, `${path}.${key}`);
    }
  }
}

let app: FastifyInstance;
let c: Caller;
beforeAll(async () => {
  app = await buildTestSimulator();
  c = await connect(app);
});
afterAll(() => app.close());

describe('response shapes agree with the OpenAPI subset', () => {
  it.each([
    ['/v2/ClientIntegrationInformation', 'ClientIntegrationInformationDto'],
    ['/v2/GeneralLedgerAccounts', 'GeneralLedgerAccountDto'],
    ['/v2/VatCodes', 'VatCodeDto'],
    ['/v2/VatSettings', 'VatSettingsDto'],
    ['/v2/LockDateSettings', 'LockDateSettingsDto'],
    ['/v2/Departments', 'DepartmentDto'],
    ['/v2/Customers', 'CustomerDto'],
    ['/v2/Products', 'ProductDto'],
  ])('%s → %s', async (url, schema) => {
    const body = (await c.get(url)).json();
    for (const item of Array.isArray(body) ? body : [body]) expectShape(item, schema);
  });

  it('vouchers, account transactions and sales orders', async () => {
    const voucher = (await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c))).json();
    expectShape(voucher, 'ManualVoucherDto');
    expectShape((await c.get(`/v2/Vouchers/ManualJournals/${voucher.Id}`)).json(), 'ManualVoucherDto');
    for (const t of (await c.get('/v2/AccountTransactions?fromDate=2026-03-13&toDate=2026-03-13')).json())
      expectShape(t, 'AccountTransactionDto');
    const order = (
      await c.post('/v2/SalesOrders/Complete', {
        CustomerNo: 10001,
        SalesOrderLines: [{ ProductCode: '100', Quantity: 1 }],
      })
    ).json();
    expectShape(order, 'SalesOrderCompleteDto');
    expectShape((await c.get(`/v2/SalesOrders/${order.Id}`)).json(), 'SalesOrderDto');
    for (const o of (await c.get('/v2/SalesOrders')).json()) expectShape(o, 'SalesOrderDto');
  });
});

describe('README', () => {
  it('lists the client key of every client and slot', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    for (const client of seedClients)
      for (const key of SIM_APPLICATION_KEYS) expect(readme).toContain(deriveClientKey(client.id, key));
  });
});
