import { TransportFailure, type Middleware } from './types.js';

/** How one HTTP exchange with PowerOffice ended. */
export type PowerOfficeOutcome =
  'ok' | 'client_error' | 'rate_limited' | 'server_error' | 'timeout' | 'network';

export interface PowerOfficeExchange {
  /** The operation's short name, e.g. "postManualVoucher" ("token" for the token request). */
  operation: string;
  method: string;
  /** The HTTP status; undefined when no answer came (timeout, network). */
  status: number | undefined;
  outcome: PowerOfficeOutcome;
  durationMs: number;
}

/** Told about every HTTP exchange, retries included (metrics); must not throw or block. */
export type PowerOfficeObserver = (exchange: PowerOfficeExchange) => void;

export function outcomeOf(status: number): PowerOfficeOutcome {
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server_error';
  if (status >= 400) return 'client_error';
  return 'ok';
}

/**
 * Reports each exchange to the observer. Sits innermost beside logging, so every attempt the retry
 * layer makes, and every 429 it waits out, is counted once; nothing of the request is passed on
 * but its operation name, method and how it ended.
 */
export function observe(observer: PowerOfficeObserver | undefined): Middleware {
  return (next) => async (request) => {
    if (!observer) return next(request);
    const started = Date.now();
    const report = (status: number | undefined, outcome: PowerOfficeOutcome) => {
      try {
        observer({
          operation: request.operation,
          method: request.method,
          status,
          outcome,
          durationMs: Date.now() - started,
        });
      } catch {
        // An observer's failure must never change what the caller gets.
      }
    };
    try {
      const response = await next(request);
      report(response.status, outcomeOf(response.status));
      return response;
    } catch (error) {
      report(undefined, error instanceof TransportFailure ? error.reason : 'network');
      throw error;
    }
  };
}
