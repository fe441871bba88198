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
  retry?: Partial<RetryOptions>;
  /** Renew a token this long before it expires (capped at half its lifetime). Default 60 s. */
  tokenRenewalMarginSeconds?: number;
  /** First page number of list endpoints (UNCONFIRMED in the docs). Default 1. */
  firstPageNumber?: number;
  /** Page size used by listAll. Default 1000. */
  pageSize?: number;
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
  retry: RetryOptions;
  tokenRenewalMarginSeconds: number;
  firstPageNumber: number;
  pageSize: number;
  fetch: typeof fetch;
  vouchers: VoucherTiming;
}

export const defaultRetry: RetryOptions = { maxAttempts: 4, maxRateLimitRetries: 5, baseDelayMs: 250, maxDelayMs: 5_000 };

export function resolveConfig(config: PowerOfficeConfig): ResolvedConfig {
  const missing = (['tokenUrl', 'apiUrl', 'subscriptionKey'] as const).filter((k) => !config[k]);
  if (missing.length) throw new Error(`PowerOffice config is missing ${missing.join(', ')}`);
  return {
    tokenUrl: config.tokenUrl,
    apiUrl: config.apiUrl.replace(/\/+$/, ''),
    subscriptionKey: config.subscriptionKey,
    rateLimitPerSecond: config.rateLimitPerSecond ?? 10,
    timeoutMs: config.timeoutMs ?? 30_000,
    logger: config.logger,
    retry: { ...defaultRetry, ...config.retry },
    tokenRenewalMarginSeconds: config.tokenRenewalMarginSeconds ?? 60,
    firstPageNumber: config.firstPageNumber ?? 1,
    pageSize: config.pageSize ?? 1000,
    fetch: config.fetch ?? globalThis.fetch,
    vouchers: config.vouchers ?? {},
  };
}
