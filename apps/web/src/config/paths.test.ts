import { describe, expect, it } from 'vitest';
import { loginPath, safeRedirectTarget } from './paths';

describe('login redirects', () => {
  it('carries the wanted page to the login page and back', () => {
    const login = loginPath('/export?from=2026-03-01');
    const redirectTo = new URL(login, 'http://localhost').searchParams.get('redirectTo');
    expect(safeRedirectTarget(redirectTo)).toBe('/export?from=2026-03-01');
  });

  it('does not follow redirects to other sites', () => {
    expect(safeRedirectTarget('//evil.example/x')).toBeNull();
    expect(safeRedirectTarget('https://evil.example')).toBeNull();
    expect(safeRedirectTarget('/\\evil.example')).toBeNull();
  });
});
