import { describe, expect, it } from 'vitest';
import { defaultRetry } from '../config.js';
import { RateLimiter } from './rate-limiter.js';
import { backoffMs, retry, retryAfterMs } from './retry.js';
import { TransportFailure, type PoRequest, type PoResponse } from './types.js';

const answer = (status: number, body?: unknown, headers: Record<string, string> = {}): PoResponse => ({
  status,
  body,
  headers: new Headers(headers),
});

function scripted(steps: Array<PoResponse | TransportFailure>) {
  let calls = 0;
  const handler = async (): Promise<PoResponse> => {
    const step = steps[Math.min(calls, steps.length - 1)]!;
    calls += 1;
    if (step instanceof TransportFailure) throw step;
    return step;
  };
  return { handler, calls: () => calls };
}

const request = (over: Partial<PoRequest> = {}): PoRequest => ({
  operation: 'op',
  method: 'GET',
  url: 'http://x/v2/a',
  headers: {},
  retry: 'read',
  ...over,
});

const middleware = (sleeps: number[] = []) =>
  retry({
    options: { ...defaultRetry, maxAttempts: 3 },
    limiter: new RateLimiter(1000),
    logger: undefined,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  });

describe('retry middleware', () => {
  it('retries a read on 503 and network errors, then returns the answer', async () => {
    const { handler, calls } = scripted([
      answer(503),
      new TransportFailure('network', 'reset'),
      answer(200, [1]),
    ]);
    const response = await middleware()(handler)(request());
    expect(response.status).toBe(200);
    expect(calls()).toBe(3);
  });

  it('gives up after maxAttempts and hands back the last failure', async () => {
    const { handler, calls } = scripted([new TransportFailure('timeout', 'slow')]);
    await expect(middleware()(handler)(request())).rejects.toBeInstanceOf(TransportFailure);
    expect(calls()).toBe(3);
  });

  it('never repeats a write without a reference after a failure', async () => {
    const { handler, calls } = scripted([answer(500), answer(201, {})]);
    const response = await middleware()(handler)(request({ method: 'POST', retry: 'write' }));
    expect(response.status).toBe(500);
    expect(calls()).toBe(1);
  });

  it('looks a referenced write up after a lost answer and does not re-send when found', async () => {
    const { handler, calls } = scripted([
      new TransportFailure('network', 'socket hang up'),
      answer(201, { Id: 'new' }),
    ]);
    const response = await middleware()(handler)(
      request({
        method: 'POST',
        retry: 'write-with-reference',
        externalImportReference: 'ref-1',
        findExisting: async () => ({ Id: 'found' }),
      }),
    );
    expect(response).toMatchObject({ status: 200, body: { Id: 'found' }, foundByReference: true });
    expect(calls()).toBe(1);
  });

  it('re-sends a referenced write when the lookup finds nothing', async () => {
    const { handler, calls } = scripted([answer(503), answer(201, { Id: 'new' })]);
    const response = await middleware()(handler)(
      request({
        method: 'POST',
        retry: 'write-with-reference',
        externalImportReference: 'ref-1',
        findExisting: async () => undefined,
      }),
    );
    expect(response.body).toEqual({ Id: 'new' });
    expect(calls()).toBe(2);
  });

  it('looks once more after the last failed attempt, so a write that went through is not reported failed', async () => {
    const { handler, calls } = scripted([answer(500)]);
    let lookups = 0;
    const response = await middleware()(handler)(
      request({
        method: 'POST',
        retry: 'write-with-reference',
        externalImportReference: 'ref-2',
        findExisting: async () => (++lookups === 3 ? { Id: 'late' } : undefined),
      }),
    );
    expect(response).toMatchObject({ body: { Id: 'late' }, foundByReference: true });
    expect(calls()).toBe(3);
    expect(lookups).toBe(3);
  });

  it('waits out a 429 for writes too, since the gateway refused it before processing', async () => {
    const { handler, calls } = scripted([
      answer(429, { statusCode: '429', message: 'Rate limit is exceeded. Try again in 1 seconds.' }),
      answer(201, {}),
    ]);
    const response = await middleware()(handler)(request({ method: 'POST', retry: 'write' }));
    expect(response.status).toBe(201);
    expect(calls()).toBe(2);
  });

  it('waits the whole settle window after an unknown write outcome before looking it up', async () => {
    const sleeps: number[] = [];
    const { handler } = scripted([new TransportFailure('timeout', 'slow'), answer(201, { Id: 'new' })]);
    const events: string[] = [];
    await middleware(sleeps)(handler)(
      request({
        method: 'POST',
        retry: 'write-with-reference',
        externalImportReference: 'ref-3',
        findExisting: async () => void events.push(`lookup after ${sleeps.join('+')} ms`),
      }),
    );
    expect(events).toEqual([`lookup after ${defaultRetry.settleMs} ms`]);
  });

  it('hands back a write whose lookup failed as of unknown outcome, and never re-sends it', async () => {
    const { handler, calls } = scripted([answer(503), answer(201, { Id: 'new' })]);
    const response = await middleware()(handler)(
      request({
        method: 'POST',
        retry: 'write-with-reference',
        externalImportReference: 'ref-4',
        findExisting: async () => {
          throw new Error('lookup failed');
        },
      }),
    );
    expect(response).toMatchObject({ status: 503, settledNotMade: false });
    expect(calls()).toBe(1);
  });

  it('says a write was not made once every attempt settled and was not found', async () => {
    const { handler, calls } = scripted([new TransportFailure('network', 'reset')]);
    const failure = await middleware()(handler)(
      request({
        method: 'POST',
        retry: 'write-with-reference',
        externalImportReference: 'ref-5',
        findExisting: async () => undefined,
      }),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransportFailure);
    expect((failure as TransportFailure).settledNotMade).toBe(true);
    expect(calls()).toBe(3);
  });

  it('backs off exponentially with jitter, capped', () => {
    const options = { ...defaultRetry, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffMs(1, options, () => 0)).toBe(50);
    expect(backoffMs(1, options, () => 1)).toBe(100);
    expect(backoffMs(3, options, () => 1)).toBe(400);
    expect(backoffMs(10, options, () => 1)).toBe(1000);
  });
});

describe('retryAfterMs', () => {
  it('reads Retry-After seconds, an HTTP date, the "Try again in N seconds" text, else 1 s', () => {
    expect(retryAfterMs(answer(429, undefined, { 'Retry-After': '3' }))).toBe(3000);
    expect(
      retryAfterMs(answer(429, undefined, { 'Retry-After': new Date(10_000).toUTCString() }), 5_000),
    ).toBe(5000);
    expect(
      retryAfterMs(
        answer(429, { statusCode: '429', message: 'Rate limit is exceeded. Try again in 2 seconds.' }),
      ),
    ).toBe(2000);
    expect(retryAfterMs(answer(429))).toBe(1000);
  });
});
