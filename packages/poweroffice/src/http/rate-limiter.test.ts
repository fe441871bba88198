import { describe, expect, it } from 'vitest';
import { RateLimiter, sharedRateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('lets at most N requests count in any window and serves waiters in arrival order', async () => {
    const limiter = new RateLimiter(3, 200);
    const started: Array<{ id: number; at: number }> = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, (_, id) =>
        limiter.acquire().then((release) => {
          started.push({ id, at: Date.now() - t0 });
          release();
        }),
      ),
    );
    expect(started.map((s) => s.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (let i = 3; i < started.length; i += 1) {
      expect(started[i]!.at - started[i - 3]!.at).toBeGreaterThanOrEqual(195);
    }
  });

  it('keeps a slot taken while its request is in flight, and for a window after the answer', async () => {
    const limiter = new RateLimiter(1, 100);
    const release = await limiter.acquire();
    let second = false;
    const next = limiter.acquire().then((r) => {
      second = true;
      r();
    });
    await new Promise((r) => setTimeout(r, 250));
    expect(second).toBe(false); // the first answer is not in yet
    const answeredAt = Date.now();
    release();
    await next;
    expect(Date.now() - answeredAt).toBeGreaterThanOrEqual(95);
  });

  it('blocks everybody after a 429 until the wait is over', async () => {
    const limiter = new RateLimiter(100, 1000);
    limiter.blockFor(150);
    const t0 = Date.now();
    (await limiter.acquire())();
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
