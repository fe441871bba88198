import { readFileSync, writeFileSync } from 'node:fs';

/*
 * Peak resident memory of a process around a piece of work: the kernel's high-water mark
 * (VmHWM), reset first through /proc/<pid>/clear_refs, and — where the reset is not allowed —
 * our own sampling of VmRSS every 10 ms.
 */

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} for process ${pid}`);
  return Number(match[1]);
}

export interface PeakRss {
  /** MB at the start. */
  beforeMb: number;
  peakMb: number;
  /** Whether the kernel's high-water mark could be reset (else the peak is from sampling only). */
  hwmReset: boolean;
}

export async function peakRssDuring<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; rss: PeakRss }> {
  let hwmReset = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    hwmReset = false;
  }
  const before = statusKb(pid, 'VmRSS');
  let sampled = before;
  const timer = setInterval(() => {
    try {
      sampled = Math.max(sampled, statusKb(pid, 'VmRSS'));
    } catch {
      // the process ended
    }
  }, 10);
  try {
    const result = await work();
    const hwm = hwmReset ? statusKb(pid, 'VmHWM') : 0;
    return { result, rss: { beforeMb: before / 1024, peakMb: Math.max(hwm, sampled) / 1024, hwmReset } };
  } finally {
    clearInterval(timer);
  }
}
