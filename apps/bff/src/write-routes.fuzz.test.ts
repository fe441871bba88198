import { posCashMovementSchema, posOrderSchema } from '@qo/contracts';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMappingsKit, type MappingsKit } from './test/mappings-test-kit';
import {
  asText,
  encodePathSegment,
  typedArb,
  valueArb,
  type FuzzContext,
  type JsonSchema,
} from './test/fuzz-arbitrary';
import { logIn, type LoggedIn } from './test/test-app';

/*
 * Every write route of the BFF (POST/PUT/PATCH/DELETE, as the OpenAPI document lists them) fed
 * generated requests, from the contracts' schemas: logged in as the owner with the CSRF header,
 * the POS routes with a device token. Whatever arrives, the answer is never a 5xx, and every 4xx
 * is problem details (application/problem+json, type, title, status, field errors well-formed).
 * The app talks HTTP to the simulator, on SQLite and on PostgreSQL. Fixed seed: a failure repeats.
 */

const SEED = 20_261_202;
/** Cases per route; about 25 routes, so some 2,000 requests per database. */
const RUNS_PER_ROUTE = 80;
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

interface Operation {
  parameters?: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: { 'application/json'?: { schema: JsonSchema } } };
  security?: Record<string, unknown>[];
}

interface Route {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  operation: Operation;
  device: boolean;
}

let kit: MappingsKit;
let owner: LoggedIn;
let token: string;
let routes: Route[];
let ctx: FuzzContext;
const seen = new Map<string, Set<number>>();

beforeAll(async () => {
  kit = await createMappingsKit();
  await kit.connect('Sentrum');
  owner = kit.owner;
  const db = kit.app.db;
  const sentrum = await kit.departmentId('Sentrum');
  const created = await kit.call(owner, 'POST', `/api/departments/${sentrum}/pos-tokens`, { label: 'Fuzz' });
  token = created.json().token;

  const doc = kit.app.swagger() as {
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => WRITE_METHODS.has(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase() as Route['method'],
        path,
        operation,
        device: (operation.security ?? []).some((s) => 'deviceToken' in s),
      })),
  );
  // What ends the fuzzing sessions or connections runs last, so the others meet a live setup.
  const last = (r: Route) =>
    r.path === '/api/auth/logout' ? 3 : r.method === 'DELETE' ? 2 : r.path === '/api/auth/login' ? 1 : 0;
  routes.sort((a, b) => last(a) - last(b));

  const ids = async (
    table: 'departments' | 'product_types' | 'payment_types' | 'customers' | 'orders' | 'pos_device_tokens',
  ) => (await db.selectFrom(table).select('id').execute()).map((r) => r.id);
  const [departments, productTypes, paymentTypes, customers, orders, tokens] = await Promise.all([
    ids('departments'),
    ids('product_types'),
    ids('payment_types'),
    ids('customers'),
    ids('orders'),
    ids('pos_device_tokens'),
  ]);
  const externalCustomers = (await db.selectFrom('customers').select('external_id').execute()).map(
    (r) => r.external_id,
  );
  const sim = (await (await fetch(`${kit.simUrl}/_sim/clients`)).json()) as {
    Clients: { ApplicationKeys: { ClientKey: string }[] }[];
  };
  const today = new Date().toISOString().slice(0, 10);
  ctx = {
    pools: {
      id: [...departments, ...productTypes, ...paymentTypes, ...customers, ...orders, ...externalCustomers],
      '*Id': [...departments, ...productTypes, ...paymentTypes, ...customers, ...tokens],
      productTypeId: productTypes,
      paymentTypeId: paymentTypes,
      customerId: [...externalCustomers, null],
      'departments:id': departments,
      'product-types:id': productTypes,
      'payment-types:id': paymentTypes,
      'customers:id': customers,
      'orders:id': orders,
      'pos:id': externalCustomers,
      'invoicing:productTypeId': productTypes,
      tokenId: tokens,
      date: [today, '2026-03-13', '9999-12-31', '0001-01-01'],
      from: [today, '2026-03-01', '9999-12-31'],
      to: [today, '2026-03-31', '9999-12-31'],
      clientKey: sim.Clients.flatMap((c) => c.ApplicationKeys.map((k) => k.ClientKey)),
      '*AccountNo': [3000, 3010, 3040, 1503, 1920, 2901, 7740, 1509],
      accountNo: [1503, 1920, 1900, 1509],
      powerOfficeVatCode: ['3', '31', '33', '5', '6', '99', null],
      rate: ['25', '15', '12', '0', '', '11'],
      email: ['eier@demo.no', 'nobody@example.com'],
      // Names already in use: a second one is a conflict.
      name: ['Mat', 'Drikke', 'Kort', 'Kontant', 'Sentrum', 'Aker Brygge'],
    },
    definitions: doc.components?.schemas,
  };
  // POS orders and cash movements are checked one by one against their own schemas: generate those.
  const posItems = { orders: posOrderSchema, cashMovements: posCashMovementSchema };
  for (const route of routes) {
    const body = route.operation.requestBody?.content?.['application/json']?.schema;
    if (route.path !== '/api/pos/orders' || !body?.properties) continue;
    for (const [key, schema] of Object.entries(posItems)) {
      const property = body.properties[key];
      if (property) property.items = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
    }
  }
}, 120_000);

afterAll(() => kit?.close());

function requestArb(route: Route) {
  const parameters = route.operation.parameters ?? [];
  const path = parameters.filter((p) => p.in === 'path');
  const query = parameters.filter((p) => p.in === 'query');
  const body = route.operation.requestBody?.content?.['application/json']?.schema;
  return fc.record({
    // A path id is looked up in the pool of its resource ("departments:id") before the general one.
    path: fc.tuple(...path.map((p) => valueArb(p.schema, ctx, poolName(route, p.name)).map(asText))),
    query: fc.tuple(...query.map((p) => fc.option(valueArb(p.schema, ctx, p.name).map(asText), { freq: 2 }))),
    // Now and then no body at all, or one that is not JSON.
    body: body
      ? fc.oneof(
          { weight: 12, arbitrary: typedArb(body, ctx, '', 0).map((v) => JSON.stringify(v) ?? 'null') },
          { weight: 2, arbitrary: valueArb(body, ctx).map((v) => JSON.stringify(v) ?? 'null') },
          { weight: 1, arbitrary: fc.constantFrom('', '{', 'null') },
        )
      : fc.constant(undefined),
    remoteAddress: fc.integer({ min: 1, max: 250 }).map((n) => `10.1.2.${n}`),
  });
}

/** `departments:id` for the `id` of /api/departments/{id}/…, `pos:id` for /api/pos/customers/{id}. */
function poolName(route: Route, name: string): string {
  const pool = `${route.path.split('/')[2]}:${name}`;
  return pool in ctx.pools ? pool : name;
}

function urlFor(route: Route, values: { path: string[]; query: (string | null)[] }): string {
  const parameters = route.operation.parameters ?? [];
  let i = 0;
  const url = route.path.replace(/\{[^}]+\}/g, () => encodePathSegment(values.path[i++] ?? ''));
  const query = parameters
    .filter((p) => p.in === 'query')
    .flatMap((p, j) =>
      values.query[j] === null || values.query[j] === undefined
        ? []
        : [`${p.name}=${encodePathSegment(values.query[j]!)}`],
    );
  return query.length > 0 ? `${url}?${query.join('&')}` : url;
}

/** What every answer must be: no 5xx; a 4xx is problem details a client can act on. */
function expectWellFormed(route: Route, res: LightMyRequestResponse): void {
  const where = `${route.method} ${route.path} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  if (res.statusCode < 400) return;
  expect(String(res.headers['content-type']), where).toContain('application/problem+json');
  const problem = res.json() as {
    type?: unknown;
    title?: unknown;
    status?: unknown;
    errors?: unknown;
    code?: unknown;
  };
  expect(problem.status, where).toBe(res.statusCode);
  expect(typeof problem.title === 'string' && problem.title.length > 0, where).toBe(true);
  expect(typeof problem.type, where).toBe('string');
  if (problem.errors !== undefined) {
    expect(Array.isArray(problem.errors), where).toBe(true);
    for (const e of problem.errors as { path?: unknown; message?: unknown }[]) {
      expect(typeof e.path === 'string' && typeof e.message === 'string' && e.message.length > 0, where).toBe(
        true,
      );
    }
  }
  if (problem.code === 'validation_failed')
    expect((problem.errors as unknown[] | undefined)?.length, where).toBeGreaterThan(0);
  // The owner is allowed every write route and sends the CSRF header: never refused for either.
  if (!route.device && !route.path.startsWith('/api/auth/')) {
    expect(problem.code, where).not.toBe('csrf_failed');
    expect(problem.code, where).not.toBe('forbidden');
  }
}

describe('every write route, fuzzed', () => {
  it('never answers 5xx, and answers every 4xx with problem details', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    // Logout ends a session of its own, so the owner's stays for the routes before it.
    const leaving = await logIn(kit.app, 'regnskap@demo.no');
    for (const [index, route] of routes.entries()) {
      const session = route.path === '/api/auth/logout' ? leaving : owner;
      await fc.assert(
        fc.asyncProperty(requestArb(route), async (values) => {
          const headers: Record<string, string> = route.device
            ? { authorization: `Bearer ${token}` }
            : { ...session.headers };
          if (values.body !== undefined) headers['content-type'] = 'application/json';
          const res = await kit.app.inject({
            method: route.method,
            url: urlFor(route, values),
            headers,
            cookies: route.device ? {} : session.cookies,
            remoteAddress: values.remoteAddress,
            ...(values.body !== undefined ? { payload: values.body } : {}),
          });
          const statuses = seen.get(`${route.method} ${route.path}`) ?? new Set<number>();
          statuses.add(res.statusCode);
          seen.set(`${route.method} ${route.path}`, statuses);
          expectWellFormed(route, res);
        }),
        { seed: SEED + index, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    }
    // The requests reached the handlers, not only the validation: some routes answered 2xx.
    const succeeded = [...seen.values()].filter((statuses) => [...statuses].some((s) => s < 300)).length;
    expect(
      succeeded,
      JSON.stringify(Object.fromEntries([...seen].map(([k, v]) => [k, [...v]]))),
    ).toBeGreaterThanOrEqual(12);
  }, 600_000);
});
