import { listAudit } from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMappingsKit, type MappingsKit } from '../../test/mappings-test-kit';

let kit: MappingsKit;
beforeAll(async () => {
  kit = await createMappingsKit();
});
afterAll(() => kit.close());

type Pt = {
  id: string;
  name: string;
  kind: string;
  normalAccountNo: number | null;
  reducedAccountNo: number | null;
  problems: { code: string; field?: string }[];
};
const list = async () => (await kit.call(kit.owner, 'GET', '/api/product-types')).json() as Pt[];
const byName = async (name: string) => (await list()).find((p) => p.name === name)!;
const put = (id: string, body: object) => kit.call(kit.owner, 'PUT', `/api/product-types/${id}`, body);

describe('before any department is connected', () => {
  it('lists the demo product types with what is missing', async () => {
    const mat = await byName('Mat');
    expect(mat).toMatchObject({ kind: 'sales', normalAccountNo: null, reducedAccountNo: null });
    expect(mat.problems.map((p) => p.field)).toEqual(['normalAccountNo', 'reducedAccountNo']);
  });

  it('refuses choosing an account that cannot be checked against a chart', async () => {
    const mat = await byName('Mat');
    const res = await put(mat.id, {
      name: 'Mat',
      kind: 'sales',
      normalAccountNo: 3010,
      reducedAccountNo: null,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('normalAccountNo');
  });
});

describe('with Sentrum connected to the simulator', () => {
  beforeAll(async () => {
    await kit.connect('Sentrum');
  });

  it('maps, renames and re-reads a product type, and audits old → new', async () => {
    const mat = await byName('Mat');
    const res = await put(mat.id, {
      name: 'Mat og snacks',
      kind: 'sales',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Mat og snacks',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
      problems: [],
    });
    expect(await byName('Mat og snacks')).toMatchObject({
      id: mat.id,
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
    });

    const audit = await listAudit(kit.app.db, kit.owner.user.companyId, 'product_type', mat.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_id: kit.owner.user.id, action: 'update' });
    expect(JSON.parse(audit[0]!.old_json!)).toMatchObject({ name: 'Mat', normalAccountNo: null });
    expect(JSON.parse(audit[0]!.new_json!)).toMatchObject({
      name: 'Mat og snacks',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
    });
  });

  it('refuses an account the chart does not have, with the field path', async () => {
    const drikke = await byName('Drikke');
    const res = await put(drikke.id, {
      name: 'Drikke',
      kind: 'sales',
      normalAccountNo: 3999,
      reducedAccountNo: null,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { path: 'normalAccountNo', message: expect.stringContaining('3999 finnes ikke') },
    ]);
    expect((await byName('Drikke')).normalAccountNo).toBeNull();
  });

  it('refuses an inactive account', async () => {
    const drikke = await byName('Drikke');
    // 1509 "Mellomregning (utgått)" is inactive in the simulator's chart; a gift card needs 2xxx, so use a sales type with reduced 1509.
    const res = await put(drikke.id, {
      name: 'Drikke',
      kind: 'sales',
      normalAccountNo: 3000,
      reducedAccountNo: 1509,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { path: 'reducedAccountNo', message: expect.stringContaining('deaktivert') },
    ]);
  });

  it('maps a gift-card type to a liability account and refuses a revenue account or a second account', async () => {
    const gavekort = await byName('Gavekort');
    expect(
      (
        await put(gavekort.id, {
          name: 'Gavekort',
          kind: 'gift_card',
          normalAccountNo: 3000,
          reducedAccountNo: null,
        })
      ).statusCode,
    ).toBe(422);
    const two = await put(gavekort.id, {
      name: 'Gavekort',
      kind: 'gift_card',
      normalAccountNo: 2901,
      reducedAccountNo: 3040,
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().errors[0].path).toBe('reducedAccountNo');
    const ok = await put(gavekort.id, {
      name: 'Gavekort',
      kind: 'gift_card',
      normalAccountNo: 2901,
      reducedAccountNo: null,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().problems).toEqual([]);
  });

  it('creates a product type with accounts still empty', async () => {
    const res = await kit.call(kit.owner, 'POST', '/api/product-types', {
      name: 'Vin',
      kind: 'sales',
      normalAccountNo: 3000,
      reducedAccountNo: null,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Vin', normalAccountNo: 3000, reducedAccountNo: null });
    expect(res.json().problems.map((p: { code: string }) => p.code)).toEqual(['missing_account']);
    const audit = await listAudit(kit.app.db, kit.owner.user.companyId, 'product_type', res.json().id);
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('lets the accountant edit and create (audited as the accountant), and refuses staff entirely', async () => {
    expect((await kit.call(kit.accountant, 'GET', '/api/product-types')).statusCode).toBe(200);
    const mat = await byName('Mat og snacks');
    const body = {
      name: mat.name,
      kind: mat.kind,
      normalAccountNo: mat.normalAccountNo,
      reducedAccountNo: 3010,
    };
    const res = await kit.call(kit.accountant, 'PUT', `/api/product-types/${mat.id}`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reducedAccountNo: 3010 });
    const audit = await listAudit(kit.app.db, kit.accountant.user.companyId, 'product_type', mat.id);
    const byAccountant = audit.find((a) => a.user_id === kit.accountant.user.id);
    expect(byAccountant).toMatchObject({ action: 'update' });
    expect(JSON.parse(byAccountant!.new_json!)).toMatchObject({ reducedAccountNo: 3010 });
    const created = await kit.call(kit.accountant, 'POST', '/api/product-types', {
      name: 'Øl',
      kind: 'sales',
      normalAccountNo: null,
      reducedAccountNo: null,
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await listAudit(kit.app.db, kit.accountant.user.companyId, 'product_type', created.json().id))[0],
    ).toMatchObject({ user_id: kit.accountant.user.id, action: 'create' });
    expect((await kit.call(kit.staff, 'GET', '/api/product-types')).statusCode).toBe(403);
    expect(
      (
        await kit.call(kit.staff, 'PUT', `/api/product-types/${mat.id}`, {
          name: 'X',
          kind: 'sales',
          normalAccountNo: null,
          reducedAccountNo: null,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await kit.call(kit.staff, 'POST', '/api/product-types', {
          name: 'X',
          kind: 'sales',
          normalAccountNo: null,
          reducedAccountNo: null,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('answers 404 for an unknown id', async () => {
    expect(
      (await put('no-such-id', { name: 'X', kind: 'sales', normalAccountNo: null, reducedAccountNo: null }))
        .statusCode,
    ).toBe(404);
  });
});

describe('names are unique per company', () => {
  const conflict = { status: 409, code: 'conflict', errors: [{ path: 'name', message: 'Navnet er i bruk' }] };

  it('refuses adding a product type under a name in use with 409, and stores nothing', async () => {
    const before = await list();
    const res = await kit.call(kit.owner, 'POST', '/api/product-types', {
      name: 'Drikke',
      kind: 'sales',
      normalAccountNo: null,
      reducedAccountNo: null,
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject(conflict);
    expect(await list()).toHaveLength(before.length);
  });

  it('refuses renaming to a name in use with 409, keeps the old name, and allows keeping its own name', async () => {
    const drikke = await byName('Drikke');
    const res = await put(drikke.id, {
      name: 'Gavekort',
      kind: 'sales',
      normalAccountNo: drikke.normalAccountNo,
      reducedAccountNo: drikke.reducedAccountNo,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject(conflict);
    expect((await byName('Drikke')).id).toBe(drikke.id);
    const same = await put(drikke.id, {
      name: 'Drikke',
      kind: 'sales',
      normalAccountNo: drikke.normalAccountNo,
      reducedAccountNo: drikke.reducedAccountNo,
    });
    expect(same.statusCode).toBe(200);
  });
});
