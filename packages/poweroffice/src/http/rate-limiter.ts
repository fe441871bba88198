import type { Middleware } from './types.js';

/**
 * What the client needs of a request budget: a turn to send (resolving with the function to call
 * once the answer or failure is in) and a pause for everyone after a 429. `RateLimiter` is the
 * per-process one; an application running several processes passes one they share.
 */
export interface RequestBudget {
  acquire(): Promise<() => void>;
  blockFor(ms: number): void;
}

interface Slot {
  /** When the slot stops counting; Infinity while the request is still in flight. */
  until: number;
}

/**
 * Keeps the number of requests PowerOffice can count in any one-second window at or below the
 * limit, whatever the latency. PowerOffice counts a request when it arrives, somewhere between the
 * moment we send it and the moment its answer is back; so a request holds its slot from sending
 * until one window after its answer. A sliding window on send times alone was not enough: a
 * batch that left together can arrive spread out and collide with the next batch.
 * Waiters are served strictly in arrival order, so a big job cannot starve a small one.
 */
export class RateLimiter implements RequestBudget {
  private slots: Slot[] = [];
  private readonly queue: Array<(release: () => void) => void> = [];
  private timer: NodeJS.Timeout | undefined;
  private blockedUntil = 0;

  constructor(
    private perSecond: number,
    private readonly windowMs = 1050,
    private readonly now: () => number = Date.now,
  ) {
    if (!(perSecond > 0)) throw new Error('rateLimitPerSecond must be positive');
  }

  get limit(): number {
    return this.perSecond;
  }

  /** A second configuration sharing the key can only make the limit stricter. */
  lowerLimit(perSecond: number): void {
    if (perSecond > 0 && perSecond < this.perSecond) this.perSecond = perSecond;
  }

  /** Resolves, in FIFO order, with the function to call once the answer (or failure) is in. */
  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      this.queue.push(resolve);
      this.drain();
    });
  }

  /** After a 429 nobody sharing the key sends until the server's wait is over. */
  blockFor(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.now() + ms);
    this.reschedule();
  }

  get waiting(): number {
    return this.queue.length;
  }

  private reschedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.drain();
  }

  private drain(): void {
    if (this.timer) return;
    while (this.queue.length > 0) {
      const now = this.now();
      this.slots = this.slots.filter((s) => s.until > now);
      const wait = this.waitMs(now);
      if (wait === undefined) return; // a release will call drain again
      if (wait > 0) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.drain();
        }, wait);
        return;
      }
      const slot: Slot = { until: Infinity };
      this.slots.push(slot);
      let released = false;
      this.queue.shift()!(() => {
        if (released) return;
        released = true;
        slot.until = this.now() + this.windowMs;
        this.drain();
      });
    }
  }

  /** 0 = go now, a number = try again then, undefined = wait for a request in flight to finish. */
  private waitMs(now: number): number | undefined {
    if (this.blockedUntil > now) return this.blockedUntil - now;
    if (this.slots.length < this.perSecond) return 0;
    const mustExpire = this.slots.length - this.perSecond + 1;
    const finished = this.slots
      .filter((s) => s.until !== Infinity)
      .map((s) => s.until)
      .sort((a, b) => a - b);
    if (finished.length < mustExpire) return undefined;
    return Math.max(1, finished[mustExpire - 1]! - now);
  }
}

// One limiter per subscription key and host for the whole process: every department, job and
// client instance using the same key draws from the same budget.
const shared = new Map<string, RateLimiter>();

export function sharedRateLimiter(host: string, subscriptionKey: string, perSecond: number): RateLimiter {
  const key = `${host}\u0000${subscriptionKey}`;
  const existing = shared.get(key);
  if (existing) {
    existing.lowerLimit(perSecond);
    return existing;
  }
  const limiter = new RateLimiter(perSecond);
  shared.set(key, limiter);
  return limiter;
}

export function rateLimit(limiter: RequestBudget): Middleware {
  return (next) => async (request) => {
    const release = await limiter.acquire();
    try {
      return await next(request);
    } finally {
      release();
    }
  };
}
