import {
  newId,
  releaseDayClaim,
  renewDayClaim,
  takeDayClaim,
  type DayClaimPurposeColumn,
  type DayKey,
} from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';

/*
 * The claim on one (department, business day). Every state change of a day runs inside it: the
 * transfer posting the day's voucher, a correction, a reversal, the upload of the day's
 * documentation. It is a row in the database (export_day_claims), taken atomically, renewed while
 * the work runs, released when it ends (also when it throws), and taken over by someone else only
 * when its lease has run out, i.e. its holder died. So no two of them interleave, in one process
 * or across BFF instances on one database. Inside the claim, read the day's postings afresh: what
 * was read before it may already be out of date.
 */

export type DayClaimPurpose = DayClaimPurposeColumn;

/** How long a holder may go silent before another one takes the day over. */
export const DAY_CLAIM_LEASE_MS = 30_000;
/** The lease is renewed this often while the work runs (well inside the lease). */
const DAY_CLAIM_RENEW_MS = 10_000;
/** How long a request (correction, reversal) waits for a day someone else holds before answering 409. */
export const REQUEST_DAY_CLAIM_WAIT_MS = 20_000;
const POLL_MS = 100;

export type DayClaimOutcome<T> =
  | { claimed: true; value: T }
  /** Someone else held the day the whole wait (`heldFor`: what they do), or the wait was stopped. */
  | { claimed: false; heldFor: DayClaimPurpose | null; stopped: boolean };

export interface DayClaimOptions {
  /** How long to wait while someone else holds the day (default: not at all). */
  waitMs?: number;
  /** Ends the wait early (a process shutting down takes no new work). */
  stop?: () => boolean;
}

/**
 * Runs `work` holding the claim on `key`; waits up to `options.waitMs` for it while someone else
 * holds it. Errors of `work` propagate after the claim is released.
 */
export async function withDayClaim<T>(
  app: FastifyInstance,
  key: DayKey,
  purpose: DayClaimPurpose,
  work: () => Promise<T>,
  options: DayClaimOptions = {},
): Promise<DayClaimOutcome<T>> {
  const db = app.db;
  const holder = newId();
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    const take = await takeDayClaim(db, key, holder, purpose, new Date(), DAY_CLAIM_LEASE_MS);
    if (take.taken) break;
    if (options.stop?.()) return { claimed: false, heldFor: take.purpose, stopped: true };
    if (Date.now() >= deadline) return { claimed: false, heldFor: take.purpose, stopped: false };
    // A little jitter, so several waiters do not ask in step.
    await new Promise((resolve) => setTimeout(resolve, POLL_MS + Math.random() * POLL_MS));
  }

  const renew = setInterval(() => {
    renewDayClaim(db, key, holder, new Date(), DAY_CLAIM_LEASE_MS)
      .then((held) => {
        if (!held)
          app.log.warn({ ...key, purpose }, 'the claim on the day was taken over while its work ran');
      })
      .catch((error: unknown) =>
        app.log.warn({ err: error, ...key }, 'renewing the claim on the day failed'),
      );
  }, DAY_CLAIM_RENEW_MS);
  renew.unref();
  try {
    return { claimed: true, value: await work() };
  } finally {
    clearInterval(renew);
    // Not released (the database is gone): the lease runs out and the next holder takes it over.
    await releaseDayClaim(db, key, holder).catch((error: unknown) =>
      app.log.warn({ err: error, ...key }, 'releasing the claim on the day failed'),
    );
  }
}

const doing: Record<DayClaimPurpose, string> = {
  transfer: 'overføres',
  correction: 'korrigeres',
  reversal: 'reverseres',
  documentation: 'får dokumentasjonen sin lastet opp',
};

/** What the user is told when a day is held by someone else. */
export function dayBusyText(businessDay: string, heldFor: DayClaimPurpose | null): string {
  return `Driftsdøgnet ${businessDay} ${heldFor ? doing[heldFor] : 'endres'} akkurat nå. Vent litt og prøv igjen.`;
}

/**
 * For a request (correction, reversal): `work` under the day's claim, waiting a while for it;
 * a day still held by someone else is a 409 `day_busy`.
 */
export async function runUnderDayClaim<T>(
  app: FastifyInstance,
  key: DayKey,
  purpose: DayClaimPurpose,
  work: () => Promise<T>,
): Promise<T> {
  const outcome = await withDayClaim(app, key, purpose, work, { waitMs: REQUEST_DAY_CLAIM_WAIT_MS });
  if (outcome.claimed) return outcome.value;
  throw new AppError('day_busy', dayBusyText(key.businessDay, outcome.heldFor));
}
