import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { openTestDb, type TestDb } from '../testing/test-db';
import { fromBoolInt } from '../util';
import { getAccountingSettings, setAccountingSettings } from './accounting-settings';
import { insertCompany } from './companies';
import { findPaymentType, insertPaymentType, updatePaymentType } from './payment-types';
import { insertProductType, listProductTypes } from './product-types';
import { listVatCodes, setVatCode } from './vat-codes';

let testDb: TestDb;
let db: Db;
let companyId: string;
let otherId: string;

beforeAll(async () => {
  testDb = await openTestDb();
  db = testDb.db;
  companyId = (await insertCompany(db.kysely, { name: 'A' })).id;
  otherId = (await insertCompany(db.kysely, { name: 'B' })).id;
});
afterAll(() => testDb.close());

describe('mapping repositories', () => {
  it('keeps product types per company, account numbers nullable until mapped', async () => {
    await insertProductType(db.kysely, companyId, {
      name: 'Mat',
      kind: 'sales',
      normalAccountNo: 3000,
      reducedAccountNo: null,
    });
    await insertProductType(db.kysely, otherId, {
      name: 'Øl',
      kind: 'sales',
      normalAccountNo: null,
      reducedAccountNo: null,
    });
    const rows = await listProductTypes(db.kysely, companyId);
    expect(rows.map((r) => [r.name, r.normal_account_no, r.reduced_account_no])).toEqual([
      ['Mat', 3000, null],
    ]);
  });

  it('stores transfer-to-accounting as a portable 0/1 and updates it', async () => {
    const row = await insertPaymentType(db.kysely, companyId, {
      name: 'Kreditt',
      kind: 'credit',
      accountNo: 1500,
      transferToAccounting: true,
    });
    expect(row.transfer_to_accounting).toBe(1);
    await updatePaymentType(db.kysely, companyId, row.id, {
      name: 'Kreditt',
      kind: 'credit',
      accountNo: 1500,
      transferToAccounting: false,
    });
    expect(fromBoolInt((await findPaymentType(db.kysely, companyId, row.id))!.transfer_to_accounting)).toBe(
      false,
    );
    expect(await findPaymentType(db.kysely, otherId, row.id)).toBeUndefined();
  });

  it('upserts the VAT code of a rate and refuses rates the POS does not have', async () => {
    await setVatCode(db.kysely, companyId, 25, null);
    await setVatCode(db.kysely, companyId, 25, '3');
    expect((await listVatCodes(db.kysely, companyId)).map((r) => [r.rate, r.poweroffice_vat_code])).toEqual([
      [25, '3'],
    ]);
    await expect(setVatCode(db.kysely, companyId, 24, '3')).rejects.toThrow(/CHECK|check constraint/);
  });

  it('upserts the rounding account', async () => {
    expect(await getAccountingSettings(db.kysely, companyId)).toEqual({ roundingAccountNo: null });
    await setAccountingSettings(db.kysely, companyId, { roundingAccountNo: 7740 });
    await setAccountingSettings(db.kysely, companyId, { roundingAccountNo: 7741 });
    expect(await getAccountingSettings(db.kysely, companyId)).toEqual({ roundingAccountNo: 7741 });
  });
});
