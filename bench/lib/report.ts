import type { Sample } from './stats';

/** One line of the table: a measured value with its goal, or a case that could not run. */
export interface ResultRow {
  case: number;
  what: string;
  unit: string;
  sample: Sample | null;
  goal: string;
  /** true/false when this row carries a goal, null when it is context (a baseline, a count). */
  met: boolean | null;
  /** "not available: …" or an error, shown instead of numbers. */
  note?: string;
}

const fmt = (n: number, unit: string) => {
  if (unit === 'ms' || unit === 's') return n >= 100 ? n.toFixed(0) : n.toFixed(1);
  if (unit === '×') return n.toFixed(2);
  if (unit === 'orders/s' || unit === 'count') return Math.round(n).toLocaleString('en-US');
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
};

export function renderTable(rows: readonly ResultRow[]): string {
  const header = ['case', 'what', 'median', 'min', 'max', 'unit', 'goal', 'met?'];
  const body = rows.map((r) => {
    if (!r.sample)
      return [
        String(r.case),
        r.what,
        r.note ?? '—',
        '',
        '',
        r.unit,
        r.goal,
        r.met === null ? '' : r.met ? 'yes' : 'NO',
      ];
    return [
      String(r.case),
      r.what,
      fmt(r.sample.median, r.unit),
      fmt(r.sample.min, r.unit),
      fmt(r.sample.max, r.unit),
      r.unit,
      r.goal,
      r.met === null ? '' : r.met ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** A fixed value (one run, or a size) as a sample, so the table has one shape. */
export function single(value: number): Sample {
  return { median: value, min: value, max: value, runs: [value] };
}

/** Ratio of two samples' medians, with min/max of the per-run ratios when the runs pair up. */
export function ratio(a: Sample, b: Sample): Sample {
  const median = a.median / b.median;
  if (a.runs.length !== b.runs.length) return single(median);
  const per = a.runs.map((v, i) => v / b.runs[i]!);
  return { median, min: Math.min(...per), max: Math.max(...per), runs: per };
}
