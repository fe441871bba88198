/*
 * `npm run bench` (root) / `pnpm --filter @qo/bench bench`: the chain-scale benchmarks of the export.
 * Options (defaults = the full scale): --departments 10 --days 365 --orders-per-day 500 --seed 42
 * --end 2025-12-31 --runs 5 --ingest-batches 20 --cases 1,2,3,4,5,6,7,8 --database sqlite. Prints the
 * table and writes bench/results.json (bench/results.postgres.json with --database postgres: the BFF
 * then runs on a throwaway PostgreSQL holding a copy of the dataset, see lib/postgres.ts). Goals are printed, never asserted: a missed goal is a finding, not a failure.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BareAggregate, PostgresBareAggregate, type Aggregate } from './cases/bare-aggregate';
import { runCalendarCase } from './cases/calendar';
import { runIngestCase } from './cases/ingest';
import { runPreviewCase } from './cases/preview';
import { runReconciliationCase } from './cases/reconciliation';
import { RATE_PER_SECOND, runTransferCase } from './cases/transfer';
import { buildWeb, firstRowsMs, webRows } from './cases/web';
import { ensureDataset, SQLITE_FILE, workingCopy } from './lib/dataset';
import { BffClient } from './lib/http';
import { addDays, parseOptions } from './lib/options';
import { benchDir, dataDir } from './lib/paths';
import { startBenchPostgres, type BenchPostgres } from './lib/postgres';
import { startBff, type BffProcess } from './lib/processes';
import { renderTable, type ResultRow } from './lib/report';
import { prepareCompany, type Department } from './lib/setup';
import { startSimulator, type Simulator } from './lib/simulator';
import { summarize } from './lib/stats';

const options = parseOptions(process.argv.slice(2));
const log = (message: string) => console.log(`[bench] ${message}`);

log(
  `dataset: ${options.departments} departments × ${options.days} days × ~${options.ordersPerDay} orders/day, seed ${options.seed}, ending ${options.end}`,
);
const dataset = await ensureDataset(options);
log(
  `${dataset.reused ? 'reusing' : 'generated'} ${dataset.meta.orders.toLocaleString('en-US')} orders (${dataset.meta.orderLines.toLocaleString('en-US')} lines) in ${dataset.dir}`,
);
if (dataset.meta.partial) log(`PARTIAL dataset: ${dataset.meta.partial}`);
const onPostgres = options.database === 'postgres';
const workDir = await workingCopy(dataset, onPostgres ? 'work-postgres' : 'work');
// Before the SQLite handle below: the copy brings the working copy's schema up to date first.
const postgres: BenchPostgres | null = onPostgres ? await startBenchPostgres(workDir, log) : null;
const loadBefore = loadavg();

let webDir: string | null = null;
let webError: string | null = null;
if (options.cases.has(5)) {
  log('building the web app');
  try {
    webDir = join(dataDir, 'web-dist');
    await buildWeb(webDir);
  } catch (error) {
    webError = (error as Error).message;
    webDir = null;
  }
}

const rows: ResultRow[] = [];
const notes: string[] = dataset.meta.partial ? [`partial dataset: ${dataset.meta.partial}`] : [];
if (postgres) {
  notes.push(
    `database: PostgreSQL (throwaway server, the dataset copied in ${postgres.copySeconds.toFixed(1)} s); the bare aggregate ` +
      '(cases 1, 2) and the raw INSERTs (case 3) run on the same PostgreSQL database',
  );
}
let sim: Simulator | null = null;
let bff: BffProcess | null = null;
let bare: Aggregate | null = null;
const db = new Database(join(workDir, SQLITE_FILE));
// As the BFF opens it (packages/db createDb), so the raw insert pays for the same checks.
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');

try {
  sim = await startSimulator(RATE_PER_SECOND);
  bff = await startBff(
    {
      DATA_DIR: workDir,
      POWEROFFICE_TOKEN_URL: `${sim.baseUrl}/OAuth/Token`,
      POWEROFFICE_API_URL: `${sim.baseUrl}/v2`,
      POWEROFFICE_RATE_LIMIT_PER_SECOND: String(RATE_PER_SECOND),
      // Case 8 reads PowerOffice anew (refresh=true) once per run.
      POWEROFFICE_REFRESHES_PER_MINUTE: '600',
      ...(webDir ? { WEB_DIST_DIR: webDir } : {}),
      ...(postgres?.env ?? {}),
    },
    options.cpuProf ? { cpuProfDir: join(dataDir, 'profiles') } : {},
  );
  log(`BFF pid ${bff.pid} on ${bff.baseUrl}, simulator on ${sim.baseUrl}`);

  const owner = await BffClient.logIn(bff.baseUrl, 'eier@demo.no');
  const accountant = await BffClient.logIn(bff.baseUrl, 'regnskap@demo.no');
  const departments = (await owner.ok<Department[]>('GET', '/api/departments')).slice(0, options.departments);
  const companyId = (
    db.prepare('select company_id from departments where id = ?').get(departments[0]!.id) as {
      company_id: string;
    }
  ).company_id;
  notes.push(...(await prepareCompany(sim, owner, departments, addDays(dataset.meta.from, -1))));

  const from = dataset.meta.from;
  const to = dataset.meta.end;
  const monthFrom = `${to.slice(0, 7)}-01`;
  bare = postgres ? await PostgresBareAggregate.connect(postgres.env.DATABASE_URL!) : new BareAggregate(db);
  // The year cases take the department with the most orders (all are equal in a complete dataset).
  const counts = db
    .prepare('select department_id as id, count(*) as n from orders group by department_id')
    .all() as { id: string; n: number }[];
  const most = counts.sort((a, b) => b.n - a.n)[0]?.id;
  const one = departments.find((d) => d.id === most) ?? departments[0]!;

  if (options.cases.has(1)) {
    log(`case 1: preview ${monthFrom} … ${to} for ${departments.length} departments`);
    const simBefore = sim.log.length;
    const r = await runPreviewCase(accountant, bare, {
      number: 1,
      label: `month × ${departments.length} depts`,
      departmentIds: departments.map((d) => d.id),
      from: monthFrom,
      to,
      runs: options.runs,
    });
    rows.push(...r.rows);
    notes.push(
      `case 1: ${options.runs + 1} rounds of ${departments.length} previews made ${sim.log.length - simBefore} PowerOffice requests`,
    );
  }
  if (options.cases.has(2)) {
    const simBefore = sim.log.length;
    log(`case 2${options.cases.has(6) ? ' + 6' : ''}: preview ${from} … ${to} for ${one.name}`);
    const r = await runPreviewCase(accountant, bare, {
      number: 2,
      label: 'year × 1 dept',
      departmentIds: [one.id],
      from,
      to,
      runs: options.runs,
      ...(options.cases.has(6) ? { rssOfPid: bff.pid } : {}),
    });
    rows.push(...r.rows);
    if (r.rssRow && options.cases.has(6)) rows.push(r.rssRow);
    notes.push(
      `case 2: ${options.runs + 1} previews made ${sim.log.length - simBefore} PowerOffice requests`,
    );
  }
  if (options.cases.has(7)) {
    log(
      `case 7: calendar ${from} … ${to} for ${departments.length} departments, one request per department and month`,
    );
    const simBefore = sim.log.length;
    const departmentIds = departments.map((d) => d.id);
    rows.push(...(await runCalendarCase(accountant, bare, { departmentIds, from, to, runs: options.runs })));
    notes.push(`case 7: the calendars made ${sim.log.length - simBefore} PowerOffice requests`);
  }
  if (options.cases.has(5)) {
    log('case 5: web');
    rows.push(...webRows(webDir, webError, notes));
    if (webDir) {
      const times = await firstRowsMs(bff.baseUrl, accountant.cookieList(), one.id, from, to, options.runs);
      // The goal of the year's preview (docs/performance.md): its first rows within a second.
      const sample = typeof times === 'string' ? null : summarize(times);
      rows.push({
        case: 5,
        what: 'web: open year preview → first rows (Chromium)',
        unit: 'ms',
        sample,
        goal: '≤ 1000 ms',
        met: sample ? sample.median <= 1000 : null,
        ...(typeof times === 'string' ? { note: times } : {}),
      });
    }
  }
  if (options.cases.has(3)) {
    log(`case 3: ingest ${options.ingestBatches} × 500 orders`);
    rows.push(
      ...(await runIngestCase({
        owner,
        baseUrl: bff.baseUrl,
        db,
        companyId,
        seed: options.seed,
        afterDay: to,
        batches: options.ingestBatches,
        runs: options.runs,
        ...(postgres ? { databaseUrl: postgres.env.DATABASE_URL! } : {}),
      })),
    );
  }
  if (options.cases.has(4)) {
    log(`case 4: backfill transfer ${from} … ${to} for ${one.name} (takes at least days/10 seconds)`);
    rows.push(...(await runTransferCase(accountant, sim, one.id, from, to)));
  }
  if (options.cases.has(8)) {
    log(`case 8: reconcile ${from} … ${to} for ${one.name} (after case 4's transfer)`);
    rows.push(...(await runReconciliationCase(accountant, sim, one.id, from, to, options.runs)));
  }
} catch (error) {
  notes.push(`stopped early: ${(error as Error).stack ?? String(error)}`);
  if (bff) notes.push(`BFF stderr:\n${bff.stderr().slice(-3000)}`);
} finally {
  await bff?.stop();
  await sim?.close();
  await bare?.close();
  db.close();
  await postgres?.stop();
}

const table = renderTable(rows);
console.log(`\n${table}\n`);
for (const note of notes) console.log(`note: ${note}`);
console.log(
  `load average (1/5/15 min) before ${loadBefore.map((l) => l.toFixed(1)).join('/')}, after ${loadavg()
    .map((l) => l.toFixed(1))
    .join('/')} on ${cpus().length} cores`,
);
const results = {
  ranAt: new Date().toISOString(),
  // The machine is shared: the load average says how much of it the run had.
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    node: process.version,
    platform: process.platform,
    loadBefore,
    loadAfter: loadavg(),
  },
  dataset: dataset.meta,
  options: { ...options, cases: [...options.cases].sort() },
  rows,
  notes,
};
const resultsFile = onPostgres ? 'results.postgres.json' : 'results.json';
writeFileSync(join(benchDir, resultsFile), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote bench/${resultsFile}`);
