import {
  blockBudget,
  budgetBlockedUntil,
  ensureBudgetSlots,
  nextBudgetSlotFree,
  releaseBudgetSlot,
  takeBudgetSlot,
  type Database,
  type Kysely,
} from '@qo/db';
import type { RequestBudget } from '@qo/poweroffice';
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * PowerOffice counts a request when it arrives, somewhere between our sending it and its answer:
 * a request holds its slot from sending until this long after its answer (as the per-process
 * limiter does), so no one-second window at PowerOffice sees more than the budget.
 */
const COUNTED_FOR_MS = 1_050;
/** The longest a waiting process sleeps before looking at the budget again. */
const POLL_MS = 50;

interface Logger {
  warn(obj: object, msg?: string): void;
}

/** The name of a budget in the database: a hash, so the subscription key is never stored. */
export function budgetKey(kind: 'requests' | 'refreshes', apiUrl: string, subscriptionKey: string): string {
  const hash = createHash('sha256')
    .update(`${new URL(apiUrl).host}\u0000${subscriptionKey}`)
    .digest('hex');
  return `${kind}:${hash.slice(0, 32)}`;
}

/**
 * PowerOffice's request budget for one subscription key, held in the database so every BFF
 * instance on it draws from the same one (PowerOffice has one budget per key, however many
 * processes spend it). Each request takes one of `perSecond` slot rows by a conditional UPDATE;
 * a slot stays taken while the request is in flight (at most the request timeout, so a process
 * that dies mid-request frees its slots by itself) and for about a second after its answer.
 * Within a process, waiters are served in arrival order; a 429 blocks every instance for the
 * server's Retry-After. Instants come from each instance's clock: keep them in sync (NTP).
 */
export class DatabaseRequestBudget implements RequestBudget {
  private queue: Promise<unknown> = Promise.resolve();
  private slotsReady = false;
  private blockedUntil = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly key: string,
    private readonly perSecond: number,
    /** The request timeout: the longest a request can hold its slot before its answer. */
    private readonly requestTimeoutMs: number,
    private readonly log: Logger,
  ) {}

  acquire(): Promise<() => void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  blockFor(ms: number): void {
    const until = Date.now() + ms;
    this.blockedUntil = Math.max(this.blockedUntil, until);
    blockBudget(this.db, this.key, new Date(until)).catch((error: unknown) =>
      this.log.warn({ err: error }, 'could not record the PowerOffice 429 pause in the database'),
    );
  }

  private async take(): Promise<() => void> {
    if (!this.slotsReady) {
      await ensureBudgetSlots(this.db, this.key, this.perSecond);
      this.slotsReady = true;
    }
    const holder = randomUUID();
    for (;;) {
      const now = Date.now();
      if (this.blockedUntil > now) {
        await sleep(this.blockedUntil - now);
        continue;
      }
      const blocked = (await budgetBlockedUntil(this.db, this.key))?.getTime() ?? 0;
      if (blocked > now) {
        this.blockedUntil = blocked;
        continue;
      }
      const inFlightUntil = new Date(now + this.requestTimeoutMs + COUNTED_FOR_MS);
      const slot = await takeBudgetSlot(
        this.db,
        this.key,
        this.perSecond,
        holder,
        new Date(now),
        inFlightUntil,
      );
      if (slot !== undefined) return this.releaser(slot, holder);
      const next = (await nextBudgetSlotFree(this.db, this.key, this.perSecond))?.getTime() ?? now + POLL_MS;
      await sleep(Math.min(Math.max(next - Date.now(), 1), POLL_MS));
    }
  }

  private releaser(slot: number, holder: string): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      releaseBudgetSlot(this.db, this.key, slot, holder, new Date(Date.now() + COUNTED_FOR_MS)).catch(
        (error: unknown) =>
          // The slot then frees itself when its in-flight time runs out.
          this.log.warn({ err: error }, 'could not release a PowerOffice budget slot'),
      );
    };
  }
}

/**
 * The small budget of forced list refreshes (`?refresh=true`) for one subscription key, shared by
 * every instance: `perMinute` slots, each taken for a minute. It keeps people pressing "refresh"
 * from spending the request budget the transfers need.
 */
export class RefreshBudget {
  private slotsReady = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly key: string,
    private readonly perMinute: number,
  ) {}

  /** Takes one refresh; otherwise says in how many seconds one is free again. */
  async take(): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
    if (!this.slotsReady) {
      await ensureBudgetSlots(this.db, this.key, this.perMinute);
      this.slotsReady = true;
    }
    const now = Date.now();
    const slot = await takeBudgetSlot(
      this.db,
      this.key,
      this.perMinute,
      randomUUID(),
      new Date(now),
      new Date(now + 60_000),
    );
    if (slot !== undefined) return { ok: true };
    const next = (await nextBudgetSlotFree(this.db, this.key, this.perMinute))?.getTime() ?? now + 60_000;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((next - now) / 1000)) };
  }
}
