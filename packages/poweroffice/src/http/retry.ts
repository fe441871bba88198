import type { PowerOfficeLogger, RetryOptions } from '../config.js';
import type { RequestBudget } from './rate-limiter.js';
import { TransportFailure, sleep as realSleep, type Middleware, type PoResponse } from './types.js';

export interface RetryDeps {
  options: RetryOptions;
  limiter: RequestBudget;
  logger: PowerOfficeLogger | undefined;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * Repeats what is safe to repeat (see RetryPolicy). A write with a reference whose outcome is
 * unknown is looked up only once the settle window has passed since the failure (PowerOffice may
 * still commit it until then), and sent again only when that lookup finds nothing. A 429 is
 * refused by the gateway before the request is processed, so it is waited out for every request,
 * writes included; the wait blocks the shared limiter so nobody else on the key runs into the same
 * wall.
 */
export function retry(deps: RetryDeps): Middleware {
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  const { options } = deps;

  return (next) => async (request) => {
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      let response: PoResponse | undefined;
      let failure: TransportFailure | undefined;
      try {
        response = await next(request);
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error;
        failure = error;
      }

      if (response?.status === 429) {
        rateLimited += 1;
        if (rateLimited > options.maxRateLimitRetries) return response;
        const waitMs = retryAfterMs(response);
        deps.logger?.warn(
          { operation: request.operation, waitMs, attempt: rateLimited },
          'PowerOffice rate limit hit; waiting it out',
        );
        deps.limiter.blockFor(waitMs);
        continue;
      }

      const answerMayBeLost = failure !== undefined || (response !== undefined && response.status >= 500);
      if (!answerMayBeLost) return response as PoResponse;

      failures += 1;
      const lastAttempt = failures >= options.maxAttempts;
      const giveUp = (settledNotMade = false): PoResponse => {
        if (failure) {
          failure.settledNotMade = settledNotMade;
          throw failure;
        }
        return { ...(response as PoResponse), settledNotMade };
      };
      if (request.retry === 'write') return giveUp();
      if (request.retry === 'read') {
        if (lastAttempt) return giveUp();
        const delay = backoffMs(failures, options, random);
        deps.logger?.warn(
          {
            operation: request.operation,
            status: response?.status,
            reason: failure?.reason,
            attempt: failures,
            delayMs: delay,
          },
          'PowerOffice request failed; retrying',
        );
        await sleep(delay);
        continue;
      }

      // A write with a reference whose outcome is unknown: PowerOffice may still be working on it
      // (or have made it and lost the answer). Nothing is sent again until the settle window has
      // passed since the failure (so since the request left, too) and a lookup by its reference
      // says it was not made.
      if (!request.findExisting) return giveUp();
      const delay = Math.max(backoffMs(failures, options, random), options.settleMs);
      deps.logger?.warn(
        {
          operation: request.operation,
          status: response?.status,
          reason: failure?.reason,
          attempt: failures,
          delayMs: delay,
        },
        'PowerOffice write outcome unknown; waiting for it to settle before looking it up',
      );
      await sleep(delay);
      let existing: unknown;
      try {
        existing = await request.findExisting();
      } catch (lookupError) {
        // The outcome is still unknown: the write's own failure is handed back, marked so.
        deps.logger?.warn(
          { operation: request.operation, err: lookupError },
          'Could not look the write up after it settled',
        );
        return giveUp();
      }
      if (existing !== undefined) {
        deps.logger?.info(
          { operation: request.operation, externalImportReference: request.externalImportReference },
          'Found the object by its reference after a lost answer; not re-sending',
        );
        return { status: 200, headers: new Headers(), body: existing, foundByReference: true };
      }
      if (lastAttempt) return giveUp(true);
    }
  };
}

/** Exponential backoff with "equal jitter": half fixed, half random, capped. */
export function backoffMs(failures: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After header (seconds or HTTP date), else PowerOffice's "Try again in N seconds.", else 1 s. */
export function retryAfterMs(response: PoResponse, now: number = Date.now()): number {
  const header = response.headers.get('retry-after');
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.max(1000, seconds * 1000);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(1000, date - now);
  }
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
  const match = /try again in (\d+(?:\.\d+)?) second/i.exec(text);
  if (match?.[1]) return Math.max(1000, Number(match[1]) * 1000);
  return 1000;
}
