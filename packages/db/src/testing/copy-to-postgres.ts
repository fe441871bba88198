import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createDb, SQLITE_FILE_NAME } from '../create-db';
import { migrateToLatest } from '../migrator';

/*
 * Copies an embedded SQLite database (a DATA_DIR) into an empty PostgreSQL database, both brought to
 * the latest schema first: how the benchmarks run a generated SQLite dataset on PostgreSQL. Rows go
 * over as they are (ids are text, money int8, instants text, flags 0/1 in both databases).
 */

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters. */
const MAX_PARAMETERS = 60_000;
const MAX_ROWS = 2_000;
const SKIPPED = new Set(['kysely_migration', 'kysely_migration_lock']);

export interface CopyResult {
  tables: { name: string; rows: number }[];
  seconds: number;
}

export async function copySqliteToPostgres(
  dataDir: string,
  databaseUrl: string,
  log: (message: string) => void = () => {},
): Promise<CopyResult> {
  const started = Date.now();
  for (const target of [createDb({ dataDir }), createDb({ databaseUrl, maxConnections: 1 })]) {
    try {
      await migrateToLatest(target.kysely);
    } finally {
      await target.destroy();
    }
  }
  const source = new SQLite(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const tables: CopyResult['tables'] = [];
  try {
    const names = (
      source
        .prepare(
          `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
        )
        .all() as { name: string }[]
    )
      .map((t) => t.name)
      .filter((name) => !SKIPPED.has(name));
    await client.query('begin');
    // Foreign keys are not checked while copying (the source already satisfied them): tables in any order.
    await client.query('set local session_replication_role = replica');
    for (const name of names) {
      const columns = (
        source.prepare(`select name from pragma_table_info(?) order by cid`).all(name) as { name: string }[]
      ).map((c) => c.name);
      const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
      const columnList = columns.map((c) => `"${c}"`).join(', ');
      let batch: unknown[][] = [];
      let rows = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const values = batch
          .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
          .join(', ');
        await client.query(`insert into "${name}" (${columnList}) values ${values}`, batch.flat());
        rows += batch.length;
        batch = [];
      };
      for (const row of source
        .prepare(`select ${columnList} from "${name}"`)
        .raw()
        .iterate() as IterableIterator<unknown[]>) {
        batch.push(row.map((v) => (typeof v === 'bigint' ? v.toString() : v)));
        if (batch.length === perStatement) await flush();
      }
      await flush();
      tables.push({ name, rows });
      if (rows > 0) log(`copied ${rows.toLocaleString('en-US')} rows of ${name}`);
    }
    await client.query('commit');
    // Fresh statistics, or the planner guesses on tables it believes empty.
    await client.query('analyze');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    source.close();
  }
  return { tables, seconds: (Date.now() - started) / 1000 };
}
