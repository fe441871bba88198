import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema/index';

export type DbDialect = 'sqlite' | 'postgres';

export interface DbOptions {
  /** postgres://… selects PostgreSQL; absent selects the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded SQLite file `quickorder.sqlite`. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /**
   * Told when PostgreSQL ends a connection that sits idle in the pool (a server restart, a failover,
   * an administrator's terminate). The pool drops that connection and opens a new one on demand; without
   * a listener, node-postgres would throw the error and stop the process.
   */
  onIdleConnectionError?: (error: Error) => void;
}

export interface Db {
  kysely: Kysely<Database>;
  dialect: DbDialect;
  destroy(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'quickorder.sqlite';

/** int8 (bigint) columns hold øre sums; as numbers they stay exact up to 2^53 øre (~90 billion NOK). */
const PG_INT8_OID = 20;
pg.types.setTypeParser(PG_INT8_OID, (value: string) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`int8 value ${value} is outside the safe integer range`);
  return n;
});

export function createDb(options: DbOptions): Db {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 10 });
    pool.on('error', (error) => options.onIdleConnectionError?.(error));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', destroy: () => kysely.destroy() };
  }
  if (!options.dataDir) throw new Error('createDb needs a databaseUrl or a dataDir');
  mkdirSync(options.dataDir, { recursive: true });
  const database = new SQLite(join(options.dataDir, SQLITE_FILE_NAME));
  // WAL lets readers run while the single writer commits; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { kysely, dialect: 'sqlite', destroy: () => kysely.destroy() };
}

/** Drops every table (used by the demo reset). The next migrateToLatest recreates the schema. */
export async function wipeDatabase(db: Db): Promise<void> {
  if (db.dialect === 'postgres') {
    await sql`drop schema public cascade`.execute(db.kysely);
    await sql`create schema public`.execute(db.kysely);
    return;
  }
  await sql`pragma foreign_keys = OFF`.execute(db.kysely);
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db.kysely);
  for (const { name } of tables.rows) {
    await db.kysely.schema.dropTable(name).ifExists().execute();
  }
  await sql`pragma foreign_keys = ON`.execute(db.kysely);
}
