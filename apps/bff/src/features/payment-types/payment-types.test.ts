import { listAudit } from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMappingsKit, type MappingsKit } from '../../test/mappings-test-kit';

let kit: MappingsKit;
beforeAll(async () => {
  kit = await createMappingsKit();
  await kit.connect('Sentrum');
});
afterAll(() => kit.close());

type Pay = {
  id: string;
  name: string;
  kind: string;
  accountNo: number | null;
  transferToAccounting: boolean;
  problems: { code: string; severity: string }[];
};
const byName = async (name: string) =>
  ((await kit.call(kit.owner, 'GET', '/api/payment-types')).json() as Pay[]).find((p) => p.name === name)!;
const put = (id: string, body: object) => kit.call(kit.owner, 'PUT', `/api/payment-types/${id}`, body);

describe('Betalingstyper', () => {
  it('maps a card payment to a clearing account, and audits it', async () => {
    const kort = await byName('Kort');
    const res = await put(kort.id, {
      name: 'Kort',
      kind: 'card',
      accountNo: 1503,
      transferToAccounting: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accountNo: 1503, transferToAccounting: true, problems: [] });
    const audit = await listAudit(kit.app.db, kit.owner.user.companyId, 'payment_type', kort.id);
    expect(JSON.parse(audit[0]!.new_json!)).toMatchObject({ accountNo: 1503, transferToAccounting: true });
  });

  it('warns, but saves, when Vipps goes straight to a bank account', async () => {
    const vipps = await byName('Vipps');
    const res = await put(vipps.id, {
      name: 'Vipps',
      kind: 'mobile',
      accountNo: 1920,
      transferToAccounting: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().problems).toEqual([
      expect.objectContaining({ code: 'bank_account_for_card', severity: 'warning' }),
    ]);
    // Cash on 1900 is what the guide expects: no warning.
    const kontant = await byName('Kontant');
    expect(
      (
        await put(kontant.id, { name: 'Kontant', kind: 'cash', accountNo: 1900, transferToAccounting: true })
      ).json().problems,
    ).toEqual([]);
  });

  it('refuses an unknown or inactive account', async () => {
    const vipps = await byName('Vipps');
    expect(
      (await put(vipps.id, { name: 'Vipps', kind: 'mobile', accountNo: 1599, transferToAccounting: true }))
        .statusCode,
    ).toBe(422);
    const inactive = await put(vipps.id, {
      name: 'Vipps',
      kind: 'mobile',
      accountNo: 1509,
      transferToAccounting: true,
    });
    expect(inactive.statusCode).toBe(422);
    expect(inactive.json().errors[0]).toMatchObject({ path: 'accountNo' });
  });

  it('flags Kreditt transferred while automatic invoicing is on (double booking)', async () => {
    const kreditt = await byName('Kreditt');
    expect(kreditt.problems).toEqual([]); // not transferred: no account needed
    await kit.changeIntegration('Sentrum', { auto_invoice: 1 });
    const res = await put(kreditt.id, {
      name: 'Kreditt',
      kind: 'credit',
      accountNo: 1500,
      transferToAccounting: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().problems.map((p: { code: string }) => p.code)).toEqual([
      'credit_transferred_with_invoicing',
    ]);
    await put(kreditt.id, { name: 'Kreditt', kind: 'credit', accountNo: 1500, transferToAccounting: false });
    await kit.changeIntegration('Sentrum', { auto_invoice: 0 });
  });

  it('creates a payment type; the accountant creates and edits too (audited as the accountant), staff not at all', async () => {
    const res = await kit.call(kit.owner, 'POST', '/api/payment-types', {
      name: 'Wolt',
      kind: 'other',
      accountNo: 1506,
      transferToAccounting: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Wolt', accountNo: 1506 });
    expect((await kit.call(kit.accountant, 'GET', '/api/payment-types')).statusCode).toBe(200);
    const foodora = await kit.call(kit.accountant, 'POST', '/api/payment-types', {
      name: 'Foodora',
      kind: 'other',
      accountNo: null,
      transferToAccounting: false,
    });
    expect(foodora.statusCode).toBe(201);
    const edited = await kit.call(kit.accountant, 'PUT', `/api/payment-types/${foodora.json().id}`, {
      name: 'Foodora',
      kind: 'other',
      accountNo: 1506,
      transferToAccounting: true,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ accountNo: 1506, transferToAccounting: true });
    const audit = await listAudit(
      kit.app.db,
      kit.accountant.user.companyId,
      'payment_type',
      foodora.json().id,
    );
    expect(audit.map((a) => [a.user_id, a.action]).sort()).toEqual([
      [kit.accountant.user.id, 'create'],
      [kit.accountant.user.id, 'update'],
    ]);
    expect((await kit.call(kit.staff, 'GET', '/api/payment-types')).statusCode).toBe(403);
    expect(
      (
        await kit.call(kit.staff, 'POST', '/api/payment-types', {
          name: 'X',
          kind: 'other',
          accountNo: null,
          transferToAccounting: false,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await kit.call(kit.staff, 'PUT', `/api/payment-types/${foodora.json().id}`, {
          name: 'X',
          kind: 'other',
          accountNo: null,
          transferToAccounting: false,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('names are unique per company', () => {
  const conflict = { status: 409, code: 'conflict', errors: [{ path: 'name', message: 'Navnet er i bruk' }] };

  it('refuses adding a payment type under a name in use with 409', async () => {
    const res = await kit.call(kit.owner, 'POST', '/api/payment-types', {
      name: 'Kort',
      kind: 'card',
      accountNo: null,
      transferToAccounting: false,
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject(conflict);
  });

  it('refuses renaming to a name in use with 409 and keeps the old name', async () => {
    const vipps = await byName('Vipps');
    const res = await put(vipps.id, {
      name: 'Kort',
      kind: vipps.kind,
      accountNo: vipps.accountNo,
      transferToAccounting: vipps.transferToAccounting,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject(conflict);
    expect((await byName('Vipps')).id).toBe(vipps.id);
  });
});
