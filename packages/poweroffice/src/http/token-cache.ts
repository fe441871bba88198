import type { Credentials } from './types.js';

export interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
}

interface CachedToken {
  accessToken: string;
  renewAt: number;
}

/**
 * One token per (application key, client key), renewed ahead of expiry. Concurrent callers that
 * find no valid token share the one request in flight instead of each asking for a token.
 */
export class TokenCache {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    private readonly requestToken: (credentials: Credentials) => Promise<IssuedToken>,
    private readonly renewalMarginSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(credentials: Credentials): Promise<string> {
    const key = cacheKey(credentials);
    const cached = this.tokens.get(key);
    if (cached && this.now() < cached.renewAt) return cached.accessToken;

    const pending = this.inFlight.get(key);
    if (pending) return pending;

    const request = this.requestToken(credentials)
      .then((issued) => {
        // Renew `margin` early, but never later than half-way, so short-lived tokens still get reused.
        const margin = Math.min(this.renewalMarginSeconds, issued.expiresInSeconds / 2);
        this.tokens.set(key, {
          accessToken: issued.accessToken,
          renewAt: this.now() + (issued.expiresInSeconds - margin) * 1000,
        });
        return issued.accessToken;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, request);
    return request;
  }

  /** Forget a token PowerOffice refused (401), unless a newer one already replaced it. */
  invalidate(credentials: Credentials, accessToken: string): void {
    const key = cacheKey(credentials);
    if (this.tokens.get(key)?.accessToken === accessToken) this.tokens.delete(key);
  }
}

function cacheKey({ applicationKey, clientKey }: Credentials): string {
  return `${applicationKey.toLowerCase()}\u0000${clientKey.toLowerCase()}`;
}
