/**
 * Fixed-window attempt counter per key (here: per email), in memory. The per-IP limit is
 * @fastify/rate-limit on the login route; this one also covers attempts spread over many IPs,
 * including for emails that do not exist. Per instance: with several instances the account
 * lockout in the database is what holds.
 */
export class AttemptThrottle {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const current = this.windows.get(key);
    if (!current || now - current.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(now);
      this.windows.set(key, { start: now, count: 1 });
      return 0;
    }
    current.count += 1;
    return current.count > this.max ? Math.ceil((current.start + this.windowMs - now) / 1000) : 0;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
