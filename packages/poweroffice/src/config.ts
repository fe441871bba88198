import type { PowerOfficeObserver } from './http/observe.js';
import type { RequestBudget } from './http/rate-limiter.js';
import type { VoucherTiming } from './operations/vouchers.js';

export interface PowerOfficeLogger {
  debug?(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RetryOptions {
  /** Attempts for 5xx, network errors and timeouts, the first one included. */
  maxAttempts: number;
  /** How many 429 answers are waited out before giving up with `rate_limited`. */
  maxRateLimitRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * How long after sending a write whose outcome is unknown (timeout, dropped connection, 5xx) the
   * client waits before looking it up by its reference, and so before it may send it again. Must be
   * longer than the longest a request can be held on PowerOffice's side (see SETTLE_WINDOW_MS).
   */
  settleMs: number;
}

export interface PowerOfficeConfig {
  /** e.g. https://goapi.poweroffice.net/OAuth/Token (demo: …/Demo/OAuth/Token). */
  tokenUrl: string;
  /** e.g. https://goapi.poweroffice.net/v2 (demo: …/Demo/v2). */
  apiUrl: string;
  subscriptionKey: string;
  /** Requests per second shared by everything using this subscription key. Default 10. */
  rateLimitPerSecond?: number;
  /** Per-request timeout. Default 30 000 ms. */
  timeoutMs?: number;
  logger?: PowerOfficeLogger;
  /** Told about every HTTP exchange, retries and 429s included (e.g. metrics). */
  observer?: PowerOfficeObserver;
  retry?: Partial<RetryOptions>;
  /** Renew a token this long before it expires (capped at half its lifetime). Default 60 s. */
  tokenRenewalMarginSeconds?: number;
  /** First page number of list endpoints (UNCONFIRMED in the docs). Default 1. */
  firstPageNumber?: number;
  /** Page size used by listAll. Default 1000. */
  pageSize?: number;
  /**
   * The request budget to draw from instead of the per-process limiter: several processes on one
   * subscription key must share one (e.g. held in their database). Its limit is its own business.
   */
  budget?: RequestBudget;
  /** Replaceable for unit tests only. */
  fetch?: typeof fetch;
  /** Re-reads of a voucher whose number is not final, and the wait for a reversal answered 202. */
  vouchers?: VoucherTiming;
}

export interface ResolvedConfig {
  tokenUrl: string;
  apiUrl: string;
  subscriptionKey: string;
  rateLimitPerSecond: number;
  timeoutMs: number;
  logger: PowerOfficeLogger | undefined;
  observer: PowerOfficeObserver | undefined;
  retry: RetryOptions;
  tokenRenewalMarginSeconds: number;
  firstPageNumber: number;
  pageSize: number;
  budget: RequestBudget | undefined;
  fetch: typeof fetch;
  vouchers: VoucherTiming;
}

/**
 * PowerOffice publishes no server-side request timeout. Its API sits behind Azure API Management
 * (the `Ocp-Apim-Subscription-Key` header), whose gateway waits up to 300 s for the backend by
 * default; a request it forwarded may be processed until then even though our client gave up
 * after 30 s. A lookup before that can miss a voucher that is still being made, so a write whose
 * outcome is unknown is looked up only 330 s after it was sent.
 */
export const SETTLE_WINDOW_MS = 330_000;

export const defaultRetry: RetryOptions = {
  maxAttempts: 4,
  maxRateLimitRetries: 5,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  settleMs: SETTLE_WINDOW_MS,
};

export function resolveConfig(config: PowerOfficeConfig): ResolvedConfig {
  const missing = (['tokenUrl', 'apiUrl', 'subscriptionKey'] as const).filter((k) => !config[k]);
  if (missing.length) throw new Error(`PowerOffice config is missing ${missing.join(', ')}`);
  const timeoutMs = config.timeoutMs ?? 30_000;
  const retry = { ...defaultRetry, ...config.retry };
  if (!(retry.settleMs > timeoutMs)) {
    throw new Error(
      `PowerOffice settle window (${retry.settleMs} ms) must be longer than the request timeout (${timeoutMs} ms)`,
    );
  }
  return {
    tokenUrl: config.tokenUrl,
    apiUrl: config.apiUrl.replace(/\/+$/, ''),
    subscriptionKey: config.subscriptionKey,
    rateLimitPerSecond: config.rateLimitPerSecond ?? 10,
    timeoutMs,
    logger: config.logger,
    observer: config.observer,
    retry,
    tokenRenewalMarginSeconds: config.tokenRenewalMarginSeconds ?? 60,
    firstPageNumber: config.firstPageNumber ?? 1,
    pageSize: config.pageSize ?? 1000,
    budget: config.budget,
    fetch: config.fetch ?? globalThis.fetch,
    vouchers: config.vouchers ?? {},
  };
}
