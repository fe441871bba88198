import { describe, expect, it } from 'vitest';
import { createTestT } from '@/testing/i18n';
import { ApiError, NetworkError } from './api-error';
import { getErrorMessage } from './problem-message';

const t = await createTestT();

const problem = (code: string | undefined, status: number, detail?: string) => ({
  type: `urn:quickorder:problem:${code ?? 'x'}`,
  title: 'Tittel fra serveren',
  status,
  ...(code ? { code } : {}),
  ...(detail ? { detail } : {}),
});

describe('getErrorMessage', () => {
  it('translates a known problem code into the current language', () => {
    const error = new ApiError(problem('invalid_credentials', 401, 'Feil e-post eller passord'));
    expect(getErrorMessage(error, t.nb)).toBe('Feil e-post eller passord.');
    expect(getErrorMessage(error, t.en)).toBe('Wrong email or password.');
  });

  it('says how long a lockout lasts when the BFF sends Retry-After', () => {
    const error = new ApiError(problem('account_locked', 429, 'Kontoen er låst i 15 minutter.'), {
      retryAfterSeconds: 840,
    });
    expect(getErrorMessage(error, t.nb)).toBe(
      'For mange mislykkede innlogginger. Kontoen er låst i 14 minutter.',
    );
    expect(getErrorMessage(error, t.en)).toBe(
      'Too many failed logins. The account is locked for 14 minutes.',
    );
    const almostOver = new ApiError(problem('account_locked', 429), { retryAfterSeconds: 20 });
    expect(getErrorMessage(almostOver, t.en)).toBe(
      'Too many failed logins. The account is locked for 1 minute.',
    );
  });

  it("shows the BFF's own detail for codes the web app has no text for", () => {
    const error = new ApiError(
      problem('business_rule', 422, 'Kreditt kan ikke overføres når fakturering er på'),
    );
    expect(getErrorMessage(error, t.en)).toBe('Kreditt kan ikke overføres når fakturering er på');
  });

  it('falls back to the HTTP status, then the title', () => {
    expect(getErrorMessage(new ApiError(problem(undefined, 503)), t.en)).toBe(
      'PowerOffice GO is not available right now.',
    );
    expect(getErrorMessage(new ApiError(problem(undefined, 418)), t.en)).toBe('Tittel fra serveren');
  });

  it('explains a network failure and anything unexpected', () => {
    expect(getErrorMessage(new NetworkError(new TypeError('fetch failed')), t.nb)).toMatch(
      /kontakt med serveren/,
    );
    expect(getErrorMessage(new Error('boom'), t.en)).toBe(
      'Something unexpected went wrong. Please try again.',
    );
  });
});
