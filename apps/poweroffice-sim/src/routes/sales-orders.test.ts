import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Caller, DEMO, buildTestSimulator, connect } from '../test/helpers.js';

let app: FastifyInstance;
let c: Caller;
beforeEach(async () => {
  app = await buildTestSimulator({ now: () => new Date('2026-03-14T10:00:00Z') });
  c = await connect(app);
});
afterEach(() => app.close());

const order = (overrides: Record<string, unknown> = {}) => ({
  CustomerNo: 10001,
  ExternalImportReference: 'qo-order-4711',
  DepartmentCode: '1',
  SalesOrderLines: [
    { ProductCode: '100', Quantity: 2 },
    { ProductCode: '100', Quantity: 1, UseStandardSalesAccount: false },
    { ProductCode: '200', Quantity: 3, ProductUnitPrice: 80, Allowance: 10 },
  ],
  ...overrides,
});

describe('POST /v2/SalesOrders/Complete', () => {
  it('computes line and order totals from the products and their sales accounts', async () => {
    const response = await c.post('/v2/SalesOrders/Complete', order());
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      SalesOrderNo: 10001,
      CustomerNo: 10001,
      SalesOrderDate: '2026-03-14',
      DepartmentCode: '1',
      LineCount: 3,
      SalesOrderStatus: 'Draft',
    });
    expect(
      body.SalesOrderLines.map((l: Record<string, unknown>) => [
        l.VatCode,
        l.NetAmount,
        l.VatAmount,
        l.TotalAmount,
      ]),
    ).toEqual([
      ['3', 318.4, 79.6, 398],
      ['31', 159.2, 23.88, 183.08],
      ['3', 216, 54, 270],
    ]);
    expect(body.NetAmount).toBe(693.6);
    expect(body.TotalAmount).toBe(851.08);
    expect(body.SalesOrderLines[0]).toMatchObject({
      Description: 'Dagens rett',
      ProductUnitPrice: 159.2,
      DepartmentCode: '1',
    });
  });

  it('numbers orders in sequence and reads them back', async () => {
    const first = (await c.post('/v2/SalesOrders/Complete', order())).json();
    const second = (
      await c.post('/v2/SalesOrders/Complete', order({ ExternalImportReference: 'qo-order-4712' }))
    ).json();
    expect(second.SalesOrderNo).toBe(first.SalesOrderNo + 1);
    expect((await c.get(`/v2/SalesOrders/${first.Id}/Complete`)).json().SalesOrderLines).toHaveLength(3);
    expect((await c.get(`/v2/SalesOrders/${first.Id}`)).json()).not.toHaveProperty('SalesOrderLines');
    const list = (await c.get('/v2/SalesOrders?onlyCreatedByCurrentIntegration=true')).json();
    expect(list.map((o: { ExternalImportReference: string }) => o.ExternalImportReference)).toEqual([
      'qo-order-4711',
      'qo-order-4712',
    ]);
  });

  it('refuses a second order with the same ExternalImportReference', async () => {
    await c.post('/v2/SalesOrders/Complete', order());
    const duplicate = await c.post('/v2/SalesOrders/Complete', order());
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().Errors.ExternalImportReference[0]).toMatch(
      /already exists \(SalesOrderNo 10001\)/,
    );
  });

  it('refuses an unknown or missing customer and an unknown product', async () => {
    const unknownCustomer = await c.post('/v2/SalesOrders/Complete', order({ CustomerNo: 99999 }));
    expect(unknownCustomer.json().Errors.CustomerNo[0]).toMatch(/does not exist/);
    const { CustomerNo: _dropped, ...noCustomer } = order();
    expect((await c.post('/v2/SalesOrders/Complete', noCustomer)).json().Errors.CustomerId[0]).toMatch(
      /required/,
    );
    const unknownProduct = await c.post(
      '/v2/SalesOrders/Complete',
      order({ SalesOrderLines: [{ ProductCode: 'X-1', Quantity: 1 }] }),
    );
    expect(unknownProduct.statusCode).toBe(400);
    expect(unknownProduct.json().Errors['SalesOrderLines[0].ProductId'][0]).toMatch(/does not exist/);
    expect((await app.inject('/_sim/posted')).json().SalesOrders).toHaveLength(0);
  });

  it('refuses the optional account of a product that has none, and an unknown department', async () => {
    const noOptional = await c.post(
      '/v2/SalesOrders/Complete',
      order({ SalesOrderLines: [{ ProductCode: '200', Quantity: 1, UseStandardSalesAccount: false }] }),
    );
    expect(noOptional.json().Errors['SalesOrderLines[0].UseStandardSalesAccount'][0]).toMatch(
      /no optional sales account/,
    );
    expect(
      (await c.post('/v2/SalesOrders/Complete', order({ DepartmentCode: '77' }))).json().Errors
        .DepartmentId[0],
    ).toMatch(/does not exist/);
  });

  it('refuses the same line reference twice within one order', async () => {
    const lines = [
      { ProductCode: '100', Quantity: 1, ExternalImportReference: 'l1' },
      { ProductCode: '110', Quantity: 1, ExternalImportReference: 'l1' },
    ];
    const response = await c.post('/v2/SalesOrders/Complete', order({ SalesOrderLines: lines }));
    expect(response.json().Errors['SalesOrderLines[1].ExternalImportReference'][0]).toMatch(/used twice/);
  });
});

describe('seeded master data', () => {
  it('is the same on every build and differs between clients only where it should', async () => {
    const again = await buildTestSimulator();
    const d = await connect(again, DEMO.id);
    expect((await d.get('/v2/Customers')).body).toBe((await c.get('/v2/Customers')).body);
    await again.close();
    const customers = (await c.get('/v2/Customers')).json() as Array<{ OrganizationNumber: string }>;
    expect(customers).toHaveLength(50);
    expect(customers.every((x) => /^9\d{8}$/.test(x.OrganizationNumber))).toBe(true);
  });

  it('lists products with standard and optional sales accounts, departments and VAT settings', async () => {
    const products = (await c.get('/v2/Products?codes=100')).json();
    expect(products[0]).toMatchObject({
      Name: 'Dagens rett',
      StandardSalesAccount: 3010,
      OptionalSalesAccount: 3040,
      UnitPrice: 159.2,
    });
    const departments = (await c.get('/v2/Departments?isActive=true')).json();
    expect(departments.map((d: { Name: string }) => d.Name)).toEqual([
      'Sentrum',
      'Grünerløkka',
      'Aker Brygge',
      'Majorstuen',
    ]);
    expect((await c.get('/v2/VatSettings')).json()).toMatchObject({ RoundingAccountNo: 7740 });
    const vat = (await c.get('/v2/VatCodes')).json() as Array<{ Code: string; Rate: number }>;
    expect(Object.fromEntries(vat.map((v) => [v.Code, v.Rate]))).toMatchObject({
      '3': 0.25,
      '31': 0.15,
      '33': 0.12,
      '5': 0,
      '6': 0,
      '7': 0,
      '1': 0.25,
      '0': 0,
    });
  });
});
