import { copyFileSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createDb, migrateToLatest } from '../../packages/db/src/index';
import { addDays, type BenchOptions } from './options';
import { dataDir } from './paths';
import { pnpmCommand, run } from './processes';

/** The embedded database's file name (packages/db SQLITE_FILE_NAME). */
export const SQLITE_FILE = 'quickorder.sqlite';

export interface DatasetMeta {
  departments: number;
  days: number;
  ordersPerDay: number;
  seed: number;
  from: string;
  end: string;
  orders: number;
  orderLines: number;
  orderPayments: number;
  generatedAt: string;
  generateSeconds: number;
  /** Set by hand when a generation was cut short: what the dataset holds instead. Printed with the results. */
  partial?: string;
}

export interface Dataset {
  dir: string;
  meta: DatasetMeta;
  reused: boolean;
}

const sameParams = (meta: DatasetMeta, o: BenchOptions) =>
  meta.departments === o.departments &&
  meta.days === o.days &&
  meta.ordersPerDay === o.ordersPerDay &&
  meta.seed === o.seed &&
  meta.end === o.end;

/**
 * The dataset of these parameters, generated once with the demo generator's CLI
 * (`pnpm --filter @qo/bff demo:generate`, through the POS ingest path) and reused while
 * dataset.json says the seed and parameters are the same.
 */
export async function ensureDataset(o: BenchOptions): Promise<Dataset> {
  const dir = join(dataDir, `ds-${o.departments}x${o.days}x${o.ordersPerDay}-seed${o.seed}-end${o.end}`);
  const metaFile = join(dir, 'dataset.json');
  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as DatasetMeta;
    if (sameParams(meta, o)) return { dir, meta, reused: true };
  }
  // A half-written dataset (interrupted run) is thrown away rather than trusted.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const pnpm = pnpmCommand();
  const args = [
    '--departments',
    o.departments,
    '--days',
    o.days,
    '--orders-per-day',
    o.ordersPerDay,
    '--seed',
    o.seed,
    '--end',
    o.end,
  ].map(String);
  await run(pnpm.command, [...pnpm.args, '--filter', '@qo/bff', 'demo:generate', ...args], {
    env: { DATA_DIR: dir, DEMO_SEED: 'false' },
  });
  const meta = describe(dir, o, (Date.now() - started) / 1000);
  writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  return { dir, meta, reused: false };
}

/** Counts what was generated, and folds the WAL into the file so a plain copy is complete. */
export function describe(dir: string, o: BenchOptions, generateSeconds: number): DatasetMeta {
  const db = new Database(join(dir, SQLITE_FILE));
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return {
      departments: o.departments,
      days: o.days,
      ordersPerDay: o.ordersPerDay,
      seed: o.seed,
      from: addDays(o.end, -(o.days - 1)),
      end: o.end,
      orders: count('orders'),
      orderLines: count('order_lines'),
      orderPayments: count('order_payments'),
      generatedAt: new Date().toISOString(),
      generateSeconds,
    };
  } finally {
    db.close();
  }
}

/**
 * A fresh working copy of the dataset for one bench run: the run ingests and transfers, and the
 * next run must start from the same data. Copy-on-write where the file system can. `name` keeps
 * runs on different databases from sharing (and deleting) one working copy. The copy is brought to
 * the current schema here, before the BFF starts: a dataset generated under older migrations would
 * otherwise have the BFF run them at its start (summing 9.5 M lines into hour totals), and the
 * memory that one-time work leaves behind would count in case 6.
 */
export async function workingCopy(dataset: Dataset, name = 'work'): Promise<string> {
  const dir = join(dataDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(dataset.dir, SQLITE_FILE), join(dir, SQLITE_FILE), constants.COPYFILE_FICLONE);
  if (existsSync(join(dataset.dir, 'secrets.json')))
    copyFileSync(join(dataset.dir, 'secrets.json'), join(dir, 'secrets.json'));
  const db = createDb({ dataDir: dir });
  try {
    await migrateToLatest(db.kysely);
  } finally {
    await db.destroy();
  }
  return dir;
}
