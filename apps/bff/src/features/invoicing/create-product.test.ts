import { updateProductType } from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDepartmentPowerOffice } from '../../services/poweroffice/department-poweroffice';
import { createInvoicingKit, type InvoicingKit } from '../../test/invoicing-test-kit';
import { productCodeFor } from './product-code';

let kit: InvoicingKit;
beforeAll(async () => {
  kit = await createInvoicingKit();
}, 120_000);
afterAll(() => kit?.close());

const companyId = () => kit.owner.user.companyId;
const mapAccounts = (type: string, normalAccountNo: number | null, reducedAccountNo: number | null) =>
  updateProductType(kit.app.db, companyId(), kit.ids.productTypes[type]!, {
    name: type,
    kind: 'sales',
    normalAccountNo,
    reducedAccountNo,
  });
const create = (type: string, who = kit.owner) =>
  kit.call(who, 'POST', `/api/invoicing/products/${kit.ids.productTypes[type]}/poweroffice-product`, {});
const codeOf = (type: string) => productCodeFor(kit.ids.productTypes[type]!);

/** Products the simulator holds with a code, and the product creates it received (any outcome). */
async function simProducts(code: string) {
  const { client } = await getDepartmentPowerOffice(kit.app, companyId(), kit.departmentId);
  const posted = (await (await fetch(`${kit.simUrl}/_sim/posted`)).json()) as {
    Requests: { Kind: string; Status: number; Body: { Code?: string } }[];
  };
  return {
    products: await client.listProducts({ codes: code }),
    creates: posted.Requests.filter((r) => r.Kind === 'product' && r.Body.Code === code).map((r) => r.Status),
  };
}

describe('Creating the PowerOffice product for a product type', () => {
  it('creates it with the type name, a stable code and both sales accounts, links it, and lists it', async () => {
    await mapAccounts('Mat', 3010, 3040);
    expect((await create('Mat', kit.accountant)).statusCode).toBe(403);
    expect((await create('Mat', kit.staff)).statusCode).toBe(403);
    expect((await kit.call(kit.owner, 'GET', '/api/invoicing/products')).json().canCreate).toBe(true);
    expect((await kit.call(kit.accountant, 'GET', '/api/invoicing/products')).json().canCreate).toBe(false);

    const res = await create('Mat');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      productTypeId: kit.ids.productTypes['Mat'],
      powerOfficeProduct: {
        code: codeOf('Mat'),
        name: 'Mat',
        standardAccountNo: 3010,
        optionalAccountNo: 3040,
      },
    });
    expect(codeOf('Mat')).toMatch(/^QO-[0-9A-F]{10}$/);
    const { products, creates } = await simProducts(codeOf('Mat'));
    expect(products.map((p) => [p.Id, p.Name, p.StandardSalesAccount, p.OptionalSalesAccount])).toEqual([
      [res.json().powerOfficeProduct.id, 'Mat', 3010, 3040],
    ]);
    expect(creates).toEqual([200]);

    // The cached products list shows it at once, and the type is linked.
    const list = (await kit.call(kit.owner, 'GET', '/api/invoicing/products')).json();
    expect(list.products.filter((p: { code: string }) => p.code === codeOf('Mat'))).toHaveLength(1);
    expect(
      list.productTypes.find((t: { name: string }) => t.name === 'Mat').powerOfficeProduct,
    ).toMatchObject({ code: codeOf('Mat') });

    // A second press does not create another.
    const again = await create('Mat');
    expect(again.statusCode).toBe(409);
    expect((await simProducts(codeOf('Mat'))).creates).toEqual([200]);
  });

  it('refuses while the normal- or reduced-VAT account is not mapped, naming what is missing', async () => {
    await mapAccounts('Dessert', 3010, null);
    const res = await create('Dessert');
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('Dessert');
    expect(res.json().errors).toEqual([
      { path: 'reducedAccountNo', message: expect.stringContaining('redusert') },
    ]);
    expect((await simProducts(codeOf('Dessert'))).creates).toEqual([]);
    const gift = await create('Gavekort');
    expect(gift.statusCode).toBe(422);
  });

  it('creates exactly one product when the answer to the create is lost, and links it', async () => {
    await mapAccounts('Drikke', 3020, 3030);
    await kit.faults({ dropResponseAfterWrite: 1 });
    try {
      const res = await create('Drikke');
      expect(res.statusCode, res.body).toBe(200);
      const { products, creates } = await simProducts(codeOf('Drikke'));
      expect(creates).toEqual([200]);
      expect(products).toHaveLength(1);
      expect(res.json().powerOfficeProduct).toMatchObject({
        id: products[0]!.Id,
        code: codeOf('Drikke'),
        standardAccountNo: 3020,
        optionalAccountNo: 3030,
      });
    } finally {
      await kit.faults(null);
    }
  });

  it('links a product that already has the code instead of making a second, and refuses one with other accounts', async () => {
    await mapAccounts('Dessert', 3010, 3040);
    const { client } = await getDepartmentPowerOffice(kit.app, companyId(), kit.departmentId);
    const made = await client.createProduct({
      Name: 'Dessert (laget tidligere)',
      Code: codeOf('Dessert'),
      StandardSalesAccount: 3010,
      OptionalSalesAccount: 3040,
    });

    const res = await create('Dessert');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().powerOfficeProduct).toMatchObject({ id: made.Id, name: 'Dessert (laget tidligere)' });
    expect((await simProducts(codeOf('Dessert'))).creates).toEqual([200]);

    // Same code, other accounts: not linked, and not duplicated either.
    expect(
      (
        await kit.call(kit.owner, 'PUT', `/api/invoicing/products/${kit.ids.productTypes['Dessert']}`, {
          powerOfficeProductId: null,
        })
      ).statusCode,
    ).toBe(200);
    await mapAccounts('Dessert', 3020, 3030);
    const mismatch = await create('Dessert');
    expect(mismatch.statusCode).toBe(422);
    expect(
      mismatch
        .json()
        .errors.map((e: { message: string }) => e.message)
        .join(' '),
    ).toMatch(/3010.*3020/);
    expect((await simProducts(codeOf('Dessert'))).creates).toEqual([200]);
  });

  it('makes one product when two presses race: the refused create finds the code and links that product', async () => {
    const made = await kit.call(kit.owner, 'POST', '/api/product-types', {
      name: 'Snacks',
      kind: 'sales',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
    });
    expect(made.statusCode, made.body).toBe(201);
    kit.ids.productTypes['Snacks'] = made.json().id;
    const answers = await Promise.all([create('Snacks'), create('Snacks')]);
    expect(answers.map((a) => a.statusCode).sort()).toContain(200);
    expect(answers.every((a) => a.statusCode === 200 || a.statusCode === 409)).toBe(true);
    const { products, creates } = await simProducts(codeOf('Snacks'));
    expect(products).toHaveLength(1);
    expect(creates.filter((s) => s === 200)).toEqual([200]);
    const list = (await kit.call(kit.owner, 'GET', '/api/invoicing/products')).json();
    expect(
      list.productTypes.find((t: { name: string }) => t.name === 'Snacks').powerOfficeProduct,
    ).toMatchObject({ id: products[0]!.Id });
  });
});

describe('The products to choose from', () => {
  it("keep the client's existing products after new ones are created", async () => {
    const before = (await kit.call(kit.owner, 'GET', '/api/invoicing/products?refresh=true')).json();
    const existing = before.products.map((p: { id: number }) => p.id);
    expect(existing.length).toBeGreaterThanOrEqual(10);
    await mapAccounts('Alkohol', 3010, 3040);
    const made = await kit.call(kit.owner, 'POST', '/api/product-types', {
      name: 'Lunsj',
      kind: 'sales',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
    });
    kit.ids.productTypes['Lunsj'] = made.json().id;
    for (const type of ['Alkohol', 'Lunsj']) expect((await create(type)).statusCode).toBe(200);

    for (const query of ['', '?refresh=true']) {
      const after = (await kit.call(kit.owner, 'GET', `/api/invoicing/products${query}`)).json();
      const ids = after.products.map((p: { id: number }) => p.id);
      expect(ids).toEqual(expect.arrayContaining(existing));
      expect(after.products.map((p: { code: string }) => p.code)).toEqual(
        expect.arrayContaining([codeOf('Alkohol'), codeOf('Lunsj')]),
      );
    }
  });
});
