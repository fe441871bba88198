import { readPowerOfficeListCache, writePowerOfficeListCache } from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSetupStatus } from '../../services/mappings/compute-setup-status';
import { createMappingsKit, type MappingsKit } from '../../test/mappings-test-kit';

let kit: MappingsKit;
beforeAll(async () => {
  kit = await createMappingsKit();
});
afterAll(() => kit.close());

type Step = {
  step: string;
  done: boolean;
  problems: { code: string; severity: string; message: string }[];
};
const status = async (query = '') => {
  const res = await kit.call(kit.accountant, 'GET', `/api/setup-status${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as Step[];
};
const done = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.step, s.done]));
const stepOf = (steps: Step[], name: string) => steps.find((s) => s.step === name)!;

async function mapEverything() {
  const o = kit.owner;
  const pts = (await kit.call(o, 'GET', '/api/product-types')).json() as {
    id: string;
    name: string;
    kind: string;
  }[];
  for (const pt of pts) {
    const body =
      pt.kind === 'gift_card'
        ? { normalAccountNo: 2901, reducedAccountNo: null }
        : { normalAccountNo: 3010, reducedAccountNo: 3040 };
    expect(
      (await kit.call(o, 'PUT', `/api/product-types/${pt.id}`, { name: pt.name, kind: pt.kind, ...body }))
        .statusCode,
    ).toBe(200);
  }
  for (const [rate, code] of [
    [25, '3'],
    [15, '31'],
    [12, '33'],
    [0, '5'],
  ] as const) {
    expect(
      (await kit.call(o, 'PUT', `/api/vat-codes/${rate}`, { powerOfficeVatCode: code })).statusCode,
    ).toBe(200);
  }
  expect((await kit.call(o, 'PUT', '/api/accounting-settings', { roundingAccountNo: 7740 })).statusCode).toBe(
    200,
  );
  const accounts: Record<string, number> = {
    cash: 1900,
    card: 1503,
    mobile: 1505,
    gift_card: 2901,
    credit: 1500,
  };
  const pays = (await kit.call(o, 'GET', '/api/payment-types')).json() as {
    id: string;
    name: string;
    kind: string;
    transferToAccounting: boolean;
  }[];
  for (const p of pays) {
    const res = await kit.call(o, 'PUT', `/api/payment-types/${p.id}`, {
      name: p.name,
      kind: p.kind,
      accountNo: accounts[p.kind],
      transferToAccounting: p.transferToAccounting,
    });
    expect(res.statusCode).toBe(200);
  }
}

describe('GET /api/setup-status', () => {
  it("lists the guide's steps in order, nothing done but hours and Kreditt before anything is connected", async () => {
    const steps = await status();
    expect(steps.map((s) => s.step)).toEqual([
      'department_connected',
      'poweroffice_department',
      'business_hours',
      'product_types',
      'vat_codes',
      'rounding_account',
      'payment_types',
      'gift_cards',
      'credit_vs_invoicing',
      'product_links',
    ]);
    expect(done(steps)).toMatchObject({
      department_connected: false,
      poweroffice_department: false,
      product_types: false,
      vat_codes: false,
      business_hours: true,
      credit_vs_invoicing: true,
    });
    expect(stepOf(steps, 'department_connected').problems[0]).toMatchObject({ code: 'not_connected' });
    // Steps name no page: the web knows where each step is done (apps/web/src/config/paths.ts).
    expect(Object.keys(stepOf(steps, 'product_types')).sort()).toEqual(['done', 'problems', 'step']);
  });

  it('turns steps done as the department is connected, a PowerOffice department chosen and everything mapped', async () => {
    await kit.connect('Sentrum');
    let steps = await status();
    expect(done(steps)).toMatchObject({ department_connected: true, poweroffice_department: false });
    expect(stepOf(steps, 'poweroffice_department').problems[0]!.message).toContain('Sentrum');

    await kit.changeIntegration('Sentrum', {
      poweroffice_department_id: 1,
      poweroffice_department_name: 'Sentrum',
    });
    await mapEverything();
    steps = await status();
    expect(steps.filter((s) => !s.done)).toEqual([]);
    const direct = await computeSetupStatus(kit.app.db, kit.owner.user.companyId);
    expect(direct.complete).toBe(true);
  });

  it('reports a department that is not connected when asked about it', async () => {
    const aker = await kit.departmentId('Aker Brygge');
    const steps = await status(`?departmentId=${aker}`);
    expect(done(steps)).toMatchObject({
      department_connected: false,
      poweroffice_department: false,
      product_types: true,
    });
    expect((await computeSetupStatus(kit.app.db, kit.owner.user.companyId, aker)).complete).toBe(false);
  });

  it('warns about business hours other than 05:00 without blocking', async () => {
    const id = await kit.departmentId('Sentrum');
    await kit.call(kit.owner, 'PATCH', `/api/departments/${id}`, { businessDayStart: '06:00' });
    const hours = stepOf(await status(`?departmentId=${id}`), 'business_hours');
    expect(hours.done).toBe(true);
    expect(hours.problems[0]).toMatchObject({ severity: 'warning', code: 'business_hours_not_default' });
    await kit.call(kit.owner, 'PATCH', `/api/departments/${id}`, { businessDayStart: '05:00' });
  });

  it('flags Kreditt transferred while invoicing is on, and Gavekort not transferred', async () => {
    const pays = (await kit.call(kit.owner, 'GET', '/api/payment-types')).json() as {
      id: string;
      name: string;
      kind: string;
      accountNo: number;
    }[];
    const set = (name: string, transfer: boolean) => {
      const p = pays.find((x) => x.name === name)!;
      return kit.call(kit.owner, 'PUT', `/api/payment-types/${p.id}`, {
        name: p.name,
        kind: p.kind,
        accountNo: p.accountNo,
        transferToAccounting: transfer,
      });
    };
    await kit.changeIntegration('Sentrum', { auto_invoice: 1 });
    await set('Kreditt', true);
    await set('Gavekort', false);
    const steps = await status();
    expect(done(steps)).toMatchObject({ credit_vs_invoicing: false, gift_cards: false, payment_types: true });
    expect(stepOf(steps, 'credit_vs_invoicing').problems[0]!.message).toContain('dobbel bokføring');
    await set('Kreditt', false);
    await set('Gavekort', true);
    expect(done(await status())).toMatchObject({ credit_vs_invoicing: true, gift_cards: true });
  });

  it('asks for product links while invoicing is on, without holding automatic export back', async () => {
    await kit.changeIntegration('Sentrum', { auto_invoice: 1 });
    const links = stepOf(await status(), 'product_links');
    expect(links).toMatchObject({ done: false });
    expect(links.problems.map((p) => p.message.split(':')[0]).sort()).toEqual([
      'Alkohol',
      'Dessert',
      'Drikke',
      'Mat',
    ]);
    expect(links.problems.every((p) => p.code === 'product_not_linked')).toBe(true);
    expect((await computeSetupStatus(kit.app.db, kit.owner.user.companyId)).complete).toBe(true);

    await kit.changeIntegration('Sentrum', { auto_invoice: 0 });
    expect(stepOf(await status(), 'product_links')).toMatchObject({ done: true, problems: [] });
  });

  it('shows a mapped account that disappeared or was deactivated in PowerOffice as a problem', async () => {
    const sentrum = await kit.departmentId('Sentrum');
    const clientId = (
      await kit.app.db
        .selectFrom('department_integrations')
        .select('poweroffice_client_id')
        .where('department_id', '=', sentrum)
        .executeTakeFirstOrThrow()
    ).poweroffice_client_id;
    const cached = (await readPowerOfficeListCache(kit.app.db, clientId, 'accounts'))!;
    // As a refresh would find it: 3040 deleted, 3010 deactivated.
    const changed = (cached.items as { AccountNo: number; IsActive: boolean }[])
      .filter((a) => a.AccountNo !== 3040)
      .map((a) => (a.AccountNo === 3010 ? { ...a, IsActive: false } : a));
    await writePowerOfficeListCache(kit.app.db, clientId, 'accounts', changed);

    const step = stepOf(await status(), 'product_types');
    expect(step.done).toBe(false);
    expect(step.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['unknown_account', 'inactive_account']),
    );
    expect(step.problems.find((p) => p.code === 'unknown_account')!.message).toContain('3040');
    // The page shows it too, and the guard (database only) sees it from the cache.
    const mat = (
      (await kit.call(kit.owner, 'GET', '/api/product-types')).json() as {
        name: string;
        problems: { code: string }[];
      }[]
    ).find((p) => p.name === 'Mat')!;
    expect(mat.problems.map((p) => p.code)).toEqual(['inactive_account', 'unknown_account']);
    expect((await computeSetupStatus(kit.app.db, kit.owner.user.companyId, sentrum)).complete).toBe(false);
  });

  it('is not for staff', async () => {
    expect((await kit.call(kit.staff, 'GET', '/api/setup-status')).statusCode).toBe(403);
  });
});
