import { describe, expect, it } from 'vitest';
import { TokenCache, type IssuedToken } from './token-cache.js';

const keys = { applicationKey: 'app', clientKey: 'client' };

function fakeIssuer(expiresInSeconds: number) {
  let issued = 0;
  const issue = async (): Promise<IssuedToken> => {
    issued += 1;
    await new Promise((r) => setTimeout(r, 5));
    return { accessToken: `t${issued}`, expiresInSeconds };
  };
  return { issue, count: () => issued };
}

describe('TokenCache', () => {
  it('shares one token request among concurrent callers and reuses the token', async () => {
    const issuer = fakeIssuer(1200);
    const cache = new TokenCache(issuer.issue, 60);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => cache.get(keys)));
    expect(new Set(tokens)).toEqual(new Set(['t1']));
    expect(await cache.get(keys)).toBe('t1');
    expect(issuer.count()).toBe(1);
  });

  it('renews the margin before expiry, and at half-life for short tokens', async () => {
    let now = 0;
    const issuer = fakeIssuer(1200);
    const cache = new TokenCache(issuer.issue, 60, () => now);
    await cache.get(keys);
    now = 1139_000;
    expect(await cache.get(keys)).toBe('t1');
    now = 1140_000;
    expect(await cache.get(keys)).toBe('t2');

    const short = fakeIssuer(10);
    const shortCache = new TokenCache(short.issue, 60, () => now);
    await shortCache.get(keys);
    now += 4_999;
    expect(await shortCache.get(keys)).toBe('t1');
    now += 1;
    expect(await shortCache.get(keys)).toBe('t2');
  });

  it('keeps one token per (application key, client key)', async () => {
    const issuer = fakeIssuer(1200);
    const cache = new TokenCache(issuer.issue, 60);
    await cache.get(keys);
    await cache.get({ ...keys, clientKey: 'other' });
    await cache.get({ ...keys, applicationKey: 'addon' });
    expect(issuer.count()).toBe(3);
  });

  it('drops a refused token but not a newer one', async () => {
    const issuer = fakeIssuer(1200);
    const cache = new TokenCache(issuer.issue, 60);
    await cache.get(keys);
    cache.invalidate(keys, 'stale-token');
    expect(await cache.get(keys)).toBe('t1');
    cache.invalidate(keys, 't1');
    expect(await cache.get(keys)).toBe('t2');
  });

  it('does not cache a failed token request', async () => {
    let fail = true;
    const cache = new TokenCache(async () => {
      if (fail) throw new Error('refused');
      return { accessToken: 'ok', expiresInSeconds: 1200 };
    }, 60);
    await expect(cache.get(keys)).rejects.toThrow('refused');
    fail = false;
    expect(await cache.get(keys)).toBe('ok');
  });
});
