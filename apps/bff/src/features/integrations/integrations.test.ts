import { listPaymentTypes, updatePaymentType } from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKit, keyFor, type Kit } from '../../test/integrations-test-kit';

let kit: Kit;
const ids: Record<string, string> = {};

beforeAll(async () => {
  kit = await createKit();
  for (const name of [
    'D4',
    'D5',
    'D6',
    'D7',
    'D8',
    'D9',
    'D10',
    'D11',
    'Fjord A',
    'Fjord B',
    'Mangel',
    'Feil',
  ]) {
    const res = await kit.call(kit.owner, 'POST', '/api/departments', { name });
    expect(res.statusCode).toBe(201);
  }
  const list = (await kit.call(kit.owner, 'GET', '/api/departments')).json() as {
    id: string;
    name: string;
  }[];
  for (const d of list) ids[d.name] = d.id;
}, 120_000);
afterAll(() => kit?.close());

const demoDepartments = ['Sentrum', 'Grünerløkka', 'Aker Brygge', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'];
const connect = (name: string, slot: number, clientKey: string) =>
  kit.call(kit.owner, 'PUT', `/api/departments/${ids[name]}/integration`, { slot, clientKey });

describe('PUT /api/departments/:id/integration (Koble til)', () => {
  it('connects ten departments of one PowerOffice client, one on each slot 0..9', async () => {
    for (const [slot, name] of demoDepartments.entries()) {
      const res = await connect(name, slot, keyFor(kit.clients.demo, slot));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        status: 'connected',
        clientId: kit.clients.demo.ClientId,
        clientName: 'Demo Restaurant AS',
        missingPrivileges: expect.any(Array),
        privileges: expect.objectContaining({
          voucherJournal: { journal: 'cash', reason: 'cash_voucher_granted' },
        }),
      });
      expect(res.json().missingPrivileges).not.toContain('ManualVoucher_Full');
      expect(res.json().missingPrivileges).not.toContain('CashVoucher_Full');
    }
    const slots = (await kit.call(kit.accountant, 'GET', '/api/integration/slots')).json() as {
      slot: number;
      name: string;
      usedBy: string[];
    }[];
    expect(slots.map((s) => s.name)).toEqual([
      'Quickorder',
      ...Array.from({ length: 9 }, (_, i) => `QuickOrder Add-on ${i + 1}`),
    ]);
    for (const [slot, name] of demoDepartments.entries()) expect(slots[slot]?.usedBy).toEqual([ids[name]]);
  }, 60_000);

  it('shows the integration block in the department list, with a mask instead of the key', async () => {
    const list = (await kit.call(kit.accountant, 'GET', '/api/departments')).json() as {
      name: string;
      integration: Record<string, unknown> | null;
    }[];
    const sentrum = list.find((d) => d.name === 'Sentrum');
    expect(sentrum?.integration).toEqual({
      status: 'connected',
      slot: 0,
      clientName: 'Demo Restaurant AS',
      clientKeyMask: expect.stringMatching(/^[•-]+[0-9a-f]{4}$/),
      powerOfficeDepartment: null,
      autoExport: false,
      autoInvoice: false,
    });
    expect(list.find((d) => d.name === 'D11')?.integration).toBeNull();
  });

  it('keeps the integration block in the answer when a connected department changes its business hours', async () => {
    const res = await kit.call(kit.owner, 'PATCH', `/api/departments/${ids.Sentrum}`, {
      businessDayStart: '05:00',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().integration).toMatchObject({
      status: 'connected',
      slot: 0,
      clientName: 'Demo Restaurant AS',
    });
  });

  it('refuses an 11th department in the same PowerOffice client with 422', async () => {
    const res = await connect('D11', 0, keyFor(kit.clients.demo, 0));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'too_many_departments', detail: expect.stringContaining('10') });
  });

  it('refuses a slot already used by another department of the same client with 409, naming it', async () => {
    expect((await connect('Fjord A', 0, keyFor(kit.clients.fjord, 0))).statusCode).toBe(200);
    const res = await connect('Fjord B', 0, keyFor(kit.clients.fjord, 0));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'slot_in_use', detail: expect.stringContaining('Fjord A') });
    expect((await connect('Fjord B', 1, keyFor(kit.clients.fjord, 1))).statusCode).toBe(200);
  });

  it("refuses a key PowerOffice does not accept, with PowerOffice's reason", async () => {
    const res = await connect('Feil', 2, 'ffffffff-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'invalid_client_key',
      source: 'poweroffice',
      detail: expect.stringContaining('The client integration was not found'),
      powerOfficeDetail: expect.stringContaining('The client integration was not found'),
    });
  });

  it('says which slot a key belongs to when it was made for another application key', async () => {
    const res = await connect('Feil', 2, keyFor(kit.clients.fjord, 3));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'client_key_other_slot',
      detail: expect.stringContaining('«QuickOrder Add-on 3»'),
      params: { slot: 3, slotName: 'QuickOrder Add-on 3', chosenSlot: 2 },
      errors: [{ path: 'slot', message: expect.stringContaining('QuickOrder Add-on 3') }],
      powerOfficeDetail: expect.stringContaining('The client integration was not found'),
    });
    // Our own finding, not PowerOffice's words.
    expect(res.json().source).toBeUndefined();
  });

  it('refuses a client granting neither CashVoucher_Full nor ManualVoucher_Full with 422, listing the missing privileges', async () => {
    const res = await connect('Mangel', 0, keyFor(kit.clients.lacking, 0));
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('missing_privileges');
    expect(res.json().detail).toMatch(/CashVoucher_Full.*ManualVoucher_Full/);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'privileges', message: 'CashVoucher_Full' },
        { path: 'privileges', message: 'ManualVoucher_Full' },
      ]),
    );
  });

  it('refuses the accountant (403) and malformed bodies (400)', async () => {
    const res = await kit.call(kit.accountant, 'PUT', `/api/departments/${ids.D11}/integration`, {
      slot: 0,
      clientKey: keyFor(kit.clients.fjord, 5),
    });
    expect(res.statusCode).toBe(403);
    const bad = await kit.call(kit.owner, 'PUT', `/api/departments/${ids.D11}/integration`, {
      slot: 10,
      clientKey: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['clientKey', 'slot']);
  });
});

describe('the client key stays secret', () => {
  it('is stored sealed, never as plain text', async () => {
    const rows = await kit.app.db.selectFrom('department_integrations').selectAll().execute();
    expect(rows.length).toBeGreaterThan(10);
    const allKeys = [kit.clients.demo, kit.clients.fjord, kit.clients.lacking].flatMap((c) =>
      c.ApplicationKeys.map((k) => k.ClientKey),
    );
    for (const row of rows) {
      const stored = JSON.stringify(row);
      for (const k of allKeys) expect(stored).not.toContain(k);
      expect(row.client_key_key_id).toBe(kit.app.secretBox.currentKeyId);
    }
  });
});

describe('PATCH /api/departments/:id/integration', () => {
  it("sets the PowerOffice department from the client's own list, and refuses one the client lacks", async () => {
    const sentrum = kit.clients.demo.Departments.find((d) => d.Name === 'Sentrum')!;
    const ok = await kit.call(kit.owner, 'PATCH', `/api/departments/${ids.Sentrum}/integration`, {
      powerOfficeDepartmentId: sentrum.Id,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().powerOfficeDepartment).toEqual({ id: sentrum.Id, code: sentrum.Code, name: 'Sentrum' });
    const bryggen = kit.clients.fjord.Departments[0]!;
    const refused = await kit.call(kit.owner, 'PATCH', `/api/departments/${ids.Sentrum}/integration`, {
      powerOfficeDepartmentId: bryggen.Id,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].path).toBe('powerOfficeDepartmentId');
  });

  it('refuses automatic export until the setup is complete and one manual transfer succeeded', async () => {
    const res = await kit.call(kit.owner, 'PATCH', `/api/departments/${ids.Sentrum}/integration`, {
      autoExport: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('auto_export_not_ready');
    expect(res.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'transfer' })]),
    );
    const detail = (await kit.call(kit.owner, 'GET', `/api/departments/${ids.Sentrum}/integration`)).json();
    expect(detail.integration.autoExport).toBe(false);
  });

  it('warns about double booking when invoicing is on while Kreditt is transferred to accounting', async () => {
    const url = `/api/departments/${ids.Sentrum}/integration`;
    const on = await kit.call(kit.owner, 'PATCH', url, { autoInvoice: true });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({ autoInvoice: true, warnings: [] });

    const companyId = kit.owner.user.companyId;
    const credit = (await listPaymentTypes(kit.app.db, companyId)).find((p) => p.kind === 'credit')!;
    await updatePaymentType(kit.app.db, companyId, credit.id, {
      name: credit.name,
      kind: credit.kind,
      accountNo: credit.account_no,
      transferToAccounting: true,
    });
    const warned = await kit.call(kit.owner, 'PATCH', url, { autoInvoice: true });
    expect(warned.json().warnings).toEqual([
      expect.objectContaining({
        code: 'credit_transferred_with_invoicing',
        message: expect.stringContaining('to ganger'),
      }),
    ]);
    expect((await kit.call(kit.owner, 'PATCH', url, { autoInvoice: false })).json().warnings).toEqual([]);
  });
});

describe('health, lists, disconnect', () => {
  it('tests the connection and records the last successful call', async () => {
    const res = await kit.call(kit.owner, 'POST', `/api/departments/${ids['Fjord A']}/integration/test`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, clientName: 'Fjordkafé AS', error: null });
    const detail = (
      await kit.call(kit.owner, 'GET', `/api/departments/${ids['Fjord A']}/integration`)
    ).json();
    expect(Date.parse(detail.integration.health.lastSuccessAt)).toBeGreaterThanOrEqual(
      Date.parse(res.json().checkedAt) - 1000,
    );
  });

  it("serves the client's lists from a cache, refreshed on request", async () => {
    const url = `/api/departments/${ids['Fjord A']}/poweroffice/accounts`;
    const first = (await kit.call(kit.accountant, 'GET', url)).json();
    expect(first.items.find((a: { accountNo: number }) => a.accountNo === 7740)).toMatchObject({
      name: expect.any(String),
    });
    expect((await kit.call(kit.accountant, 'GET', url)).json().fetchedAt).toBe(first.fetchedAt);
    await new Promise((r) => setTimeout(r, 5));
    expect((await kit.call(kit.accountant, 'GET', `${url}?refresh=true`)).json().fetchedAt).not.toBe(
      first.fetchedAt,
    );
    const unconnected = await kit.call(
      kit.accountant,
      'GET',
      `/api/departments/${ids.D11}/poweroffice/departments`,
    );
    expect(unconnected.statusCode).toBe(422);
    expect(unconnected.json().code).toBe('not_connected');
  });

  it('disconnects, keeping the connection as history and freeing the slot', async () => {
    const res = await kit.call(kit.owner, 'DELETE', `/api/departments/${ids['Fjord B']}/integration`);
    expect(res.statusCode).toBe(204);
    const detail = (
      await kit.call(kit.owner, 'GET', `/api/departments/${ids['Fjord B']}/integration`)
    ).json();
    expect(detail.integration).toBeNull();
    expect(detail.history).toEqual([
      expect.objectContaining({
        status: 'disconnected',
        slot: 1,
        clientName: 'Fjordkafé AS',
        disconnectedAt: expect.any(String),
      }),
    ]);
    const slots = (await kit.call(kit.owner, 'GET', '/api/integration/slots')).json();
    expect(slots[1].usedBy).not.toContain(ids['Fjord B']);
    // Reconnecting on the freed slot works, and history grows.
    expect((await connect('Fjord B', 1, keyFor(kit.clients.fjord, 1))).statusCode).toBe(200);
  });

  it('replaces the key of a connected department, keeping the old connection as history', async () => {
    expect((await connect('Fjord B', 2, keyFor(kit.clients.fjord, 2))).statusCode).toBe(200);
    const detail = (
      await kit.call(kit.owner, 'GET', `/api/departments/${ids['Fjord B']}/integration`)
    ).json();
    expect(detail.integration.slot).toBe(2);
    expect(detail.history.map((h: { status: string }) => h.status)).toEqual([
      'connected',
      'disconnected',
      'disconnected',
    ]);
  });
});

describe('secrets in responses and logs, and key rotation', () => {
  it('never puts a client key in a response body or a log line', () => {
    const allKeys = [kit.clients.demo, kit.clients.fjord, kit.clients.lacking].flatMap((c) =>
      c.ApplicationKeys.map((k) => k.ClientKey),
    );
    expect(kit.bodies.length).toBeGreaterThan(30);
    expect(kit.logLines.length).toBeGreaterThan(30);
    for (const k of allKeys) {
      for (const body of kit.bodies) expect(body).not.toContain(k);
      for (const line of kit.logLines) expect(line).not.toContain(k);
    }
  });

  it('re-seals every stored key with a new SECRETS_KEY when the old one is listed as previous', async () => {
    const oldKey = kit.app.config.secretsKey.toString('base64');
    const newKey = Buffer.alloc(32, 7).toString('base64');
    await kit.rebuild({ SECRETS_KEY: newKey, SECRETS_KEY_PREVIOUS: oldKey });
    const rows = await kit.app.db.selectFrom('department_integrations').select('client_key_key_id').execute();
    expect(new Set(rows.map((r) => r.client_key_key_id))).toEqual(new Set([kit.app.secretBox.currentKeyId]));
    // The old key can now go: the keys still open and work with PowerOffice.
    await kit.rebuild({ SECRETS_KEY: newKey });
    const res = await kit.call(kit.owner, 'POST', `/api/departments/${ids['Fjord A']}/integration/test`);
    expect(res.json()).toMatchObject({ ok: true });
  }, 30_000);
});

describe('privileges per feature on the card', () => {
  const setGrants = (clientId: string, privileges: string[]) =>
    fetch(`${kit.simUrl}/_sim/clients/${clientId}/privileges`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ Privileges: privileges }),
    });

  it('says which journal the day vouchers go to and why, and what each feature misses', async () => {
    const url = `/api/departments/${ids.Sentrum}/integration`;
    const before = (await kit.call(kit.owner, 'GET', url)).json().integration;
    expect(before.privileges.voucherJournal).toEqual({ journal: 'cash', reason: 'cash_voucher_granted' });
    expect(before.privileges.features.find((f: { feature: string }) => f.feature === 'day_vouchers')).toEqual(
      {
        feature: 'day_vouchers',
        anyOf: ['CashVoucher_Full', 'ManualVoucher_Full'],
        allOf: [],
        missing: [],
        available: true,
      },
    );

    // The client now grants manual vouchers and reading the chart, nothing else.
    expect(
      (
        await setGrants(kit.clients.demo.ClientId, [
          'ManualVoucher_Full',
          'GeneralLedgerAccount_Full',
          'CommonServices',
        ])
      ).status,
    ).toBe(200);
    try {
      const tested = await kit.call(kit.owner, 'POST', `${url}/test`);
      expect(tested.statusCode, tested.body).toBe(200);
      expect(tested.json().privileges.voucherJournal).toEqual({
        journal: 'manual',
        reason: 'only_manual_voucher_granted',
      });
      const card = (await kit.call(kit.owner, 'GET', url)).json().integration;
      const byFeature = Object.fromEntries(
        card.privileges.features.map((f: { feature: string }) => [f.feature, f]),
      );
      expect(byFeature.day_vouchers).toMatchObject({ available: true, missing: [] });
      // GeneralLedgerAccount_Full grants the read GeneralLedgerAccount.
      expect(byFeature.chart_and_vat).toMatchObject({ available: true, missing: [] });
      expect(byFeature.reversal).toMatchObject({ available: false, missing: ['YearEndVoucher_Full'] });
      expect(byFeature.voucher_documentation).toMatchObject({
        available: false,
        missing: ['VoucherDocumentation_Full'],
      });
      expect(byFeature.sales_orders).toMatchObject({
        available: false,
        missing: ['Customer', 'SalesOrders', 'SalesOrders_Full'],
      });
      expect(card.missingPrivileges).toContain('CashVoucher_Full');
    } finally {
      await fetch(`${kit.simUrl}/_sim/reset`, { method: 'POST' });
    }
  });
});
