/** Timing helpers: one warm-up, then `runs` timed runs; the table shows median, min and max. */

export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function summarize(values: readonly number[]): Sample {
  if (values.length === 0) throw new Error('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: [...values] };
}

export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** One untimed warm-up (caches, JIT, prepared statements), then `runs` timed runs. */
export async function measure(
  runs: number,
  fn: (run: number) => Promise<unknown> | unknown,
): Promise<Sample> {
  await fn(-1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeMs(() => fn(i)));
  return summarize(times);
}
