import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../create-db';
import { migrateToLatest } from '../migrator';
import { insertCompany } from '../repositories/companies';
import { insertDepartment } from '../repositories/departments';
import { newId, toDbInstant } from '../util';

export interface PosFixture {
  db: Db;
  departmentId: string;
  ids: { food: string; alcohol: string; card: string; cash: string; credit: string };
  close(): Promise<void>;
}

/**
 * A migrated SQLite database in a temp directory with one company, department "Sentrum", product
 * types Mat and Alkohol and payment types Kort, Kontant and Kreditt (not transferred): what the POS
 * repository tests store orders against.
 */
export async function createPosFixture(): Promise<PosFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'qo-db-pos-'));
  const db = createDb({ dataDir: dir });
  await migrateToLatest(db.kysely);
  const ids = { food: newId(), alcohol: newId(), card: newId(), cash: newId(), credit: newId() };
  const company = await insertCompany(db.kysely, { name: 'A' });
  const department = await insertDepartment(db.kysely, { companyId: company.id, name: 'Sentrum', businessDayStart: '05:00' });
  const now = toDbInstant();
  const base = { company_id: company.id, created_at: now, updated_at: now };
  await db.kysely
    .insertInto('product_types')
    .values([
      { ...base, id: ids.food, name: 'Mat', kind: 'sales', normal_account_no: 3010, reduced_account_no: 3040 },
      { ...base, id: ids.alcohol, name: 'Alkohol', kind: 'sales', normal_account_no: 3000, reduced_account_no: null },
    ])
    .execute();
  await db.kysely
    .insertInto('payment_types')
    .values([
      { ...base, id: ids.card, name: 'Kort', kind: 'card', account_no: 1503, transfer_to_accounting: 1 },
      { ...base, id: ids.cash, name: 'Kontant', kind: 'cash', account_no: 1900, transfer_to_accounting: 1 },
      { ...base, id: ids.credit, name: 'Kreditt', kind: 'credit', account_no: 1500, transfer_to_accounting: 0 },
    ])
    .execute();
  return {
    db,
    departmentId: department.id,
    ids,
    async close() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
