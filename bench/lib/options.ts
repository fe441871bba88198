import { parseArgs } from 'node:util';

/** What one bench run does; every value has the full-scale default of the issue. */
export interface BenchOptions {
  departments: number;
  days: number;
  ordersPerDay: number;
  seed: number;
  /** Last business day of the dataset; fixed so the dataset (and its lock date) never moves. */
  end: string;
  /** Timed runs per case (after one warm-up run). */
  runs: number;
  /** Ingest: batches of 500 orders per timed run. */
  ingestBatches: number;
  /** Case numbers to run (default all). */
  cases: Set<number>;
  /** Write a V8 CPU profile of the BFF into bench/data/profiles (see profile-summary.ts). */
  cpuProf: boolean;
  /** The BFF's database: the embedded SQLite file, or a throwaway PostgreSQL holding a copy of the dataset. */
  database: 'sqlite' | 'postgres';
}

const positive = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      departments: { type: 'string', default: '10' },
      days: { type: 'string', default: '365' },
      'orders-per-day': { type: 'string', default: '500' },
      seed: { type: 'string', default: '42' },
      end: { type: 'string', default: '2025-12-31' },
      runs: { type: 'string', default: '5' },
      'ingest-batches': { type: 'string', default: '20' },
      cases: { type: 'string', default: '1,2,3,4,5,6,7,8' },
      'cpu-prof': { type: 'boolean', default: false },
      database: { type: 'string', default: 'sqlite' },
    },
  });
  if (values.database !== 'sqlite' && values.database !== 'postgres')
    throw new Error('--database must be sqlite or postgres');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.end)) throw new Error('--end must be YYYY-MM-DD');
  const cases = new Set(values.cases.split(',').map((c) => positive('cases', c.trim())));
  // Case 6 samples the BFF during case 2.
  if (cases.has(6)) cases.add(2);
  // Case 8 reconciles the year case 4 transfers.
  if (cases.has(8)) cases.add(4);
  return {
    departments: positive('departments', values.departments),
    days: positive('days', values.days),
    ordersPerDay: positive('orders-per-day', values['orders-per-day']),
    seed: positive('seed', values.seed),
    end: values.end,
    runs: positive('runs', values.runs),
    ingestBatches: positive('ingest-batches', values['ingest-batches']),
    cases,
    cpuProf: values['cpu-prof'],
    database: values.database,
  };
}

/** `date` plus `days`, both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
