import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wipeDatabase, type Db } from './create-db';
import { migrateToLatest } from './migrator';
import { insertCompany } from './repositories/companies';
import { findUserByEmail, insertUser, recordFailedLogin } from './repositories/users';
import { findDepartment, insertDepartment } from './repositories/departments';
import { onPostgres, openTestDb, type TestDb } from './testing/test-db';

let testDb: TestDb;
let db: Db;

beforeAll(async () => {
  testDb = await openTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());

describe('the database (SQLite, and PostgreSQL in the postgres project)', () => {
  it.runIf(!onPostgres())('runs SQLite in WAL mode', async () => {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
  });

  it('enforces foreign keys', async () => {
    await expect(
      insertDepartment(db.kysely, { companyId: 'no-such-company', name: 'X', businessDayStart: '05:00' }),
    ).rejects.toThrow(/FOREIGN KEY|foreign key constraint/);
  });

  it('is idempotent: a second migrate applies nothing', async () => {
    const result = await migrateToLatest(db.kysely);
    expect(result.results).toEqual([]);
  });

  it('finds users by email case-insensitively and keeps email unique', async () => {
    const company = await insertCompany(db.kysely, { name: 'A' });
    await insertUser(db.kysely, {
      companyId: company.id,
      email: 'Ola@Example.no',
      name: 'Ola',
      passwordHash: 'x',
      role: 'owner',
    });
    expect((await findUserByEmail(db.kysely, ' ola@example.NO'))?.name).toBe('Ola');
    await expect(
      insertUser(db.kysely, {
        companyId: company.id,
        email: 'ola@example.no',
        name: 'Dup',
        passwordHash: 'x',
        role: 'staff',
      }),
    ).rejects.toThrow(/UNIQUE|unique constraint/);
  });

  it('locks an account on the fifth failure', async () => {
    const company = await insertCompany(db.kysely, { name: 'B' });
    const user = await insertUser(db.kysely, {
      companyId: company.id,
      email: 'b@example.no',
      name: 'B',
      passwordHash: 'x',
      role: 'staff',
    });
    const options = { maxFailures: 5, lockMs: 15 * 60_000 };
    for (let i = 1; i <= 4; i++)
      expect((await recordFailedLogin(db.kysely, user.id, options)).lockedUntil).toBeNull();
    expect((await recordFailedLogin(db.kysely, user.id, options)).lockedUntil).not.toBeNull();
  });

  it('scopes department lookups to the company', async () => {
    const a = await insertCompany(db.kysely, { name: 'C' });
    const b = await insertCompany(db.kysely, { name: 'D' });
    const dept = await insertDepartment(db.kysely, {
      companyId: a.id,
      name: 'Sentrum',
      businessDayStart: '05:00',
    });
    expect(await findDepartment(db.kysely, a.id, dept.id)).toBeDefined();
    expect(await findDepartment(db.kysely, b.id, dept.id)).toBeUndefined();
  });

  it('wipes and re-migrates', async () => {
    await wipeDatabase(db);
    await migrateToLatest(db.kysely);
    expect(await findUserByEmail(db.kysely, 'ola@example.no')).toBeUndefined();
  });
});
