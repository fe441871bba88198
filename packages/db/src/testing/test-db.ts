import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createDb, type Db } from '../create-db';
import { migrateToLatest } from '../migrator';
import { createTestDatabase } from './postgres';
import type {} from './vitest-projects';

/*
 * The database of one test file, on the dialect of the vitest project running it: the `postgres`
 * project's globalSetup provides a server (a fresh database per call), the `sqlite` project none
 * (a SQLite file in a fresh temp directory).
 */

export interface TestDb {
  db: Db;
  close(): Promise<void>;
}

/** True in the PostgreSQL project. */
export function onPostgres(): boolean {
  return Boolean(inject('postgresAdminUrl'));
}

/** A fresh migrated database: a new PostgreSQL database or a new SQLite file. */
export async function openTestDb(): Promise<TestDb> {
  const adminUrl = inject('postgresAdminUrl');
  if (adminUrl) {
    const database = await createTestDatabase(adminUrl);
    const db = createDb({ databaseUrl: database.url, maxConnections: 4 });
    await migrateToLatest(db.kysely);
    return {
      db,
      async close() {
        await db.destroy();
        await database.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'qo-db-'));
  const db = createDb({ dataDir: dir });
  await migrateToLatest(db.kysely);
  return {
    db,
    async close() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
