import type { Middleware } from './types.js';

/**
 * Sliding-window limiter: at most `perSecond` requests start in any window of `windowMs`.
 * Waiters are served strictly in arrival order, so a big job cannot starve a small one.
 * The window is a little longer than a second because PowerOffice counts arrivals, and
 * network jitter can bring two requests sent 1000 ms apart closer together.
 */
export class RateLimiter {
  private readonly starts: number[] = [];
  private readonly queue: Array<() => void> = [];
  private timer: NodeJS.Timeout | undefined;
  private blockedUntil = 0;

  constructor(
    private perSecond: number,
    private readonly windowMs = 1100,
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

  /** Resolves when the caller may send; FIFO. */
  acquire(): Promise<void> {
    return new Promise((resolve) => {
      this.queue.push(resolve);
      this.drain();
    });
  }

  /** After a 429 nobody sharing the key sends until the server's wait is over. */
  blockFor(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.now() + ms);
    this.drain();
  }

  get waiting(): number {
    return this.queue.length;
  }

  private drain(): void {
    if (this.timer) return;
    for (;;) {
      if (this.queue.length === 0) return;
      const now = this.now();
      while (this.starts.length && this.starts[0]! <= now - this.windowMs) this.starts.shift();
      let wait = Math.max(0, this.blockedUntil - now);
      if (wait === 0 && this.starts.length >= this.perSecond) {
        wait = this.starts[this.starts.length - this.perSecond]! + this.windowMs - now;
      }
      if (wait > 0) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.drain();
        }, wait);
        return;
      }
      this.starts.push(now);
      this.queue.shift()!();
    }
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

export function rateLimit(limiter: RateLimiter): Middleware {
  return (next) => async (request) => {
    await limiter.acquire();
    return next(request);
  };
}
