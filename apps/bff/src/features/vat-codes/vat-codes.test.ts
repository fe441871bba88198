import { listAudit } from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMappingsKit, type MappingsKit } from '../../test/mappings-test-kit';

let kit: MappingsKit;
beforeAll(async () => {
  kit = await createMappingsKit();
  await kit.connect('Sentrum');
});
afterAll(() => kit.close());

const put = (rate: number, code: string | null) =>
  kit.call(kit.owner, 'PUT', `/api/vat-codes/${rate}`, { powerOfficeVatCode: code });

describe('Momskoder', () => {
  it('lists every POS rate with the SAF-T suggestion while nothing is chosen', async () => {
    const res = await kit.call(kit.accountant, 'GET', '/api/vat-codes');
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .map((v: { rate: number; powerOfficeVatCode: null; suggestedVatCode: string }) => [
          v.rate,
          v.powerOfficeVatCode,
          v.suggestedVatCode,
        ]),
    ).toEqual([
      [25, null, '3'],
      [15, null, '31'],
      [12, null, '33'],
      [0, null, '5'],
    ]);
  });

  it('saves a code whose rate matches, and audits it', async () => {
    const res = await put(15, '31');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rate: 15, powerOfficeVatCode: '31', problems: [] });
    const listed = (await kit.call(kit.owner, 'GET', '/api/vat-codes')).json();
    expect(listed.find((v: { rate: number }) => v.rate === 15).powerOfficeVatCode).toBe('31');
    const audit = await listAudit(kit.app.db, kit.owner.user.companyId, 'vat_code', '15');
    expect(JSON.parse(audit[0]!.old_json!)).toEqual({ rate: 15, powerOfficeVatCode: null });
    expect(JSON.parse(audit[0]!.new_json!)).toEqual({ rate: 15, powerOfficeVatCode: '31' });
  });

  it('refuses a code whose rate differs from the POS rate', async () => {
    const res = await put(25, '31');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { path: 'powerOfficeVatCode', message: 'Momskode 31 har sats 15 %, ikke 25 %' },
    ]);
  });

  it('refuses a code the client does not have, and accepts 5 for 0 %', async () => {
    expect((await put(12, '99')).statusCode).toBe(422);
    expect((await put(0, '5')).statusCode).toBe(200);
  });

  it('refuses a rate the POS does not have', async () => {
    expect((await put(11, '32')).statusCode).toBe(400);
  });

  it('lets the accountant choose a code (audited as the accountant), and refuses staff', async () => {
    const res = await kit.call(kit.accountant, 'PUT', '/api/vat-codes/25', { powerOfficeVatCode: '3' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rate: 25, powerOfficeVatCode: '3', problems: [] });
    const audit = await listAudit(kit.app.db, kit.accountant.user.companyId, 'vat_code', '25');
    const byAccountant = audit.find((a) => a.user_id === kit.accountant.user.id);
    expect(JSON.parse(byAccountant!.new_json!)).toEqual({ rate: 25, powerOfficeVatCode: '3' });
    expect((await kit.call(kit.staff, 'GET', '/api/vat-codes')).statusCode).toBe(403);
    expect(
      (await kit.call(kit.staff, 'PUT', '/api/vat-codes/25', { powerOfficeVatCode: '3' })).statusCode,
    ).toBe(403);
  });

  it('serves the chart the picker reads, with VAT rates in percent and the cache age', async () => {
    const res = await kit.call(kit.accountant, 'GET', '/api/chart-of-accounts');
    expect(res.statusCode).toBe(200);
    const chart = res.json();
    expect(chart.source).toMatchObject({ departmentName: 'Sentrum', clientName: 'Demo Restaurant AS' });
    expect(Date.parse(chart.source.fetchedAt)).not.toBeNaN();
    expect(chart.vatCodes).toContainEqual(expect.objectContaining({ code: '31', rate: 15 }));
    expect(chart.accounts).toContainEqual(expect.objectContaining({ accountNo: 1509, isActive: false }));
    const other = await kit.call(
      kit.accountant,
      'GET',
      `/api/chart-of-accounts?departmentId=${await kit.departmentId('Aker Brygge')}`,
    );
    expect(other.statusCode).toBe(422);
  });
});

describe('Regnskapsinnstillinger (øreavrunding)', () => {
  it("suggests the client's VatSettings rounding account and saves the choice", async () => {
    const res = await kit.call(kit.accountant, 'GET', '/api/accounting-settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ roundingAccountNo: null, suggestedRoundingAccountNo: 7740 });
    expect(res.json().problems[0].code).toBe('missing_account');
    const saved = await kit.call(kit.owner, 'PUT', '/api/accounting-settings', { roundingAccountNo: 7740 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ roundingAccountNo: 7740, problems: [] });
    const audit = await listAudit(
      kit.app.db,
      kit.owner.user.companyId,
      'accounting_settings',
      kit.owner.user.companyId,
    );
    expect(JSON.parse(audit[0]!.new_json!)).toEqual({ roundingAccountNo: 7740 });
  });

  it('refuses an unknown account', async () => {
    const res = await kit.call(kit.owner, 'PUT', '/api/accounting-settings', { roundingAccountNo: 7741 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('roundingAccountNo');
  });

  it('lets the accountant change the rounding account (audited as the accountant), and refuses staff', async () => {
    const res = await kit.call(kit.accountant, 'PUT', '/api/accounting-settings', {
      roundingAccountNo: 7770,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ roundingAccountNo: 7770 });
    const audit = await listAudit(
      kit.app.db,
      kit.accountant.user.companyId,
      'accounting_settings',
      kit.accountant.user.companyId,
    );
    const byAccountant = audit.find((a) => a.user_id === kit.accountant.user.id);
    expect(JSON.parse(byAccountant!.new_json!)).toEqual({ roundingAccountNo: 7770 });
    expect((await kit.call(kit.staff, 'GET', '/api/accounting-settings')).statusCode).toBe(403);
    expect(
      (await kit.call(kit.staff, 'PUT', '/api/accounting-settings', { roundingAccountNo: 7740 })).statusCode,
    ).toBe(403);
  });
});

describe('the rate in the path', () => {
  it('an empty rate is refused and leaves the 0 % mapping as it was', async () => {
    const before = (await kit.call(kit.owner, 'GET', '/api/vat-codes'))
      .json()
      .find((v: { rate: number }) => v.rate === 0);
    const res = await kit.call(kit.owner, 'PUT', '/api/vat-codes/', { powerOfficeVatCode: '6' });
    expect([400, 404]).toContain(res.statusCode);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const after = (await kit.call(kit.owner, 'GET', '/api/vat-codes'))
      .json()
      .find((v: { rate: number }) => v.rate === 0);
    expect(after.powerOfficeVatCode).toBe(before.powerOfficeVatCode);
    expect(after.powerOfficeVatCode).not.toBe('6');
  });

  it('a rate that is not digits is refused with the field named', async () => {
    for (const rate of ['%20', '0x19', '25.0', '-0']) {
      const res = await kit.call(kit.owner, 'PUT', `/api/vat-codes/${rate}`, { powerOfficeVatCode: '3' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ path: 'rate' })]);
    }
  });
});
