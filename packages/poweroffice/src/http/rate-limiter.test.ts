import { describe, expect, it } from 'vitest';
import { RateLimiter, sharedRateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('lets at most N requests start in any window and serves waiters in arrival order', async () => {
    const limiter = new RateLimiter(3, 200);
    const started: Array<{ id: number; at: number }> = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, (_, id) => limiter.acquire().then(() => started.push({ id, at: Date.now() - t0 }))),
    );
    expect(started.map((s) => s.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (let i = 3; i < started.length; i += 1) {
      // the i-th start must be a full window after the (i-3)-th
      expect(started[i]!.at - started[i - 3]!.at).toBeGreaterThanOrEqual(195);
    }
  });

  it('blocks everybody after a 429 until the wait is over', async () => {
    const limiter = new RateLimiter(100, 1000);
    limiter.blockFor(150);
    const t0 = Date.now();
    await limiter.acquire();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('is one limiter per subscription key and host, and a second config can only lower the limit', () => {
    const a = sharedRateLimiter('h:1', 'key-a', 10);
    expect(sharedRateLimiter('h:1', 'key-a', 20)).toBe(a);
    expect(a.limit).toBe(10);
    sharedRateLimiter('h:1', 'key-a', 5);
    expect(a.limit).toBe(5);
    expect(sharedRateLimiter('h:1', 'key-b', 10)).not.toBe(a);
  });
});
