import type { DayStatus } from '@qo/contracts';
import type { ExportPostingRow, ExportTransferDayRow } from '@qo/db';

/** Where a department's business day stands, from its postings and the latest transfer result. */
export interface DayState {
  status: DayStatus;
  /** The version a transfer posts now: the current one, or the next after a reversal. */
  nextVersion: number;
  /** The day's voucher of the current version (correction 0), if any. */
  main: ExportPostingRow | null;
  /** Sent corrections of the current version, in order. */
  corrections: ExportPostingRow[];
  /** The posting whose fingerprint says what PowerOffice holds: the latest sent correction, else main. */
  latestSent: ExportPostingRow | null;
  message: string | null;
}

/**
 * `postings` are the day's rows in (version, correction) order. The fingerprint is the day's
 * current one; pass null to skip the "changed" check.
 */
export function dayState(
  postings: readonly ExportPostingRow[],
  latestResult: ExportTransferDayRow | undefined,
  fingerprint: string | null,
): DayState {
  const maxVersion = postings.reduce((v, p) => Math.max(v, p.version), 0);
  const current = postings.filter((p) => p.version === maxVersion);
  const main = current.find((p) => p.correction === 0) ?? null;
  const corrections = current.filter((p) => p.correction > 0 && p.status === 'sent');
  const latestSent = main?.status === 'sent' ? (corrections[corrections.length - 1] ?? main) : null;
  const resultIsNewer =
    latestResult !== undefined && (main === null || latestResult.updated_at > main.updated_at);

  if (main === null || main.status === 'reversed') {
    const base: DayState = {
      status: main ? 'reversed' : 'not_transferred',
      nextVersion: main ? maxVersion + 1 : 1,
      main,
      corrections: [],
      latestSent: null,
      message: null,
    };
    if (resultIsNewer && (latestResult.status === 'blocked' || latestResult.status === 'failed')) {
      return { ...base, status: latestResult.status, message: latestResult.message };
    }
    return base;
  }
  if (main.status === 'sent') {
    const changed = fingerprint !== null && latestSent !== null && latestSent.fingerprint !== fingerprint;
    return {
      status: changed ? 'changed' : 'sent',
      nextVersion: maxVersion,
      main,
      corrections,
      latestSent,
      message: null,
    };
  }
  if (main.status === 'failed') {
    return {
      status: 'failed',
      nextVersion: maxVersion,
      main,
      corrections,
      latestSent: null,
      message: main.message,
    };
  }
  // 'sending': a transfer holds it right now (or will resume it).
  return {
    status: 'not_transferred',
    nextVersion: maxVersion,
    main,
    corrections,
    latestSent: null,
    message: 'Overføres nå',
  };
}

/** Postings grouped per business day. */
export function groupPostings(postings: readonly ExportPostingRow[]): Map<string, ExportPostingRow[]> {
  const byDay = new Map<string, ExportPostingRow[]>();
  for (const p of postings) {
    const list = byDay.get(p.business_day);
    if (list) list.push(p);
    else byDay.set(p.business_day, [p]);
  }
  return byDay;
}
