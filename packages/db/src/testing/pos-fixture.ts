import type { Db } from '../create-db';
import { insertCompany } from '../repositories/companies';
import { insertDepartment } from '../repositories/departments';
import { newId, toDbInstant } from '../util';
import { openTestDb } from './test-db';

export interface PosFixture {
  db: Db;
  departmentId: string;
  ids: { food: string; alcohol: string; card: string; cash: string; credit: string };
  close(): Promise<void>;
}

/**
 * A migrated database (SQLite, or PostgreSQL in the postgres test project) with one company, department "Sentrum", product
 * types Mat and Alkohol and payment types Kort, Kontant and Kreditt (not transferred): what the POS
 * repository tests store orders against.
 */
export async function createPosFixture(): Promise<PosFixture> {
  const testDb = await openTestDb();
  const db = testDb.db;
  const ids = { food: newId(), alcohol: newId(), card: newId(), cash: newId(), credit: newId() };
  const company = await insertCompany(db.kysely, { name: 'A' });
  const department = await insertDepartment(db.kysely, {
    companyId: company.id,
    name: 'Sentrum',
    businessDayStart: '05:00',
  });
  const now = toDbInstant();
  const base = { company_id: company.id, created_at: now, updated_at: now };
  await db.kysely
    .insertInto('product_types')
    .values([
      {
        ...base,
        id: ids.food,
        name: 'Mat',
        kind: 'sales',
        normal_account_no: 3010,
        reduced_account_no: 3040,
      },
      {
        ...base,
        id: ids.alcohol,
        name: 'Alkohol',
        kind: 'sales',
        normal_account_no: 3000,
        reduced_account_no: null,
      },
    ])
    .execute();
  await db.kysely
    .insertInto('payment_types')
    .values([
      { ...base, id: ids.card, name: 'Kort', kind: 'card', account_no: 1503, transfer_to_accounting: 1 },
      { ...base, id: ids.cash, name: 'Kontant', kind: 'cash', account_no: 1900, transfer_to_accounting: 1 },
      {
        ...base,
        id: ids.credit,
        name: 'Kreditt',
        kind: 'credit',
        account_no: 1500,
        transfer_to_accounting: 0,
      },
    ])
    .execute();
  return {
    db,
    departmentId: department.id,
    ids,
    close: () => testDb.close(),
  };
}
