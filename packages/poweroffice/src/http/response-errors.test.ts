import { describe, expect, it } from 'vitest';
import { errorFromResponse, fieldErrorsOf, powerOfficeText } from './response-errors.js';
import type { PoRequest } from './types.js';

const get: PoRequest = {
  operation: 'listVatCodes',
  method: 'GET',
  url: 'http://x/v2/VatCodes',
  headers: {},
  retry: 'read',
};
const post: PoRequest = {
  ...get,
  operation: 'postManualVoucher',
  method: 'POST',
  retry: 'write-with-reference',
  externalImportReference: 'z-1',
};
const answer = (status: number, body?: unknown) => ({ status, body, headers: new Headers() });

describe('errorFromResponse', () => {
  it('keeps PowerOffice text and per-field errors on validation', () => {
    const error = errorFromResponse(
      post,
      answer(400, {
        Title: 'Voucher validation error(s)',
        Detail: 'Sum must be 0',
        Errors: { 'VoucherLines[0].AccountId': ['Account does not exist'] },
      }),
    );
    expect(error.kind).toBe('validation');
    expect(error.detail).toBe('Voucher validation error(s): Sum must be 0');
    expect(error.fieldErrors).toEqual([
      { path: 'VoucherLines[0].AccountId', message: 'Account does not exist' },
    ]);
    expect(error.message).toContain('Sum must be 0');
  });

  it('reads lower-case members as in the spec examples', () => {
    expect(powerOfficeText({ title: 'Object(s) not found', detail: 'No voucher' })).toBe(
      'Object(s) not found: No voucher',
    );
    expect(fieldErrorsOf({ errors: [{ path: 'a', message: 'b' }] })).toEqual([{ path: 'a', message: 'b' }]);
  });

  it('recognises a duplicate reference only on a POST that carries one', () => {
    expect(errorFromResponse(post, answer(409, { Title: 'Object conflict' })).kind).toBe('duplicate');
    expect(errorFromResponse(post, answer(400, { Title: 'Duplicate ExternalImportReference' })).kind).toBe(
      'duplicate',
    );
    expect(
      errorFromResponse(
        { ...post, externalImportReference: undefined },
        answer(409, { Title: 'Object conflict' }),
      ).kind,
    ).toBe('validation');
    expect(errorFromResponse(post, answer(400, { Title: 'ExternalImportReference is too long' })).kind).toBe(
      'validation',
    );
  });

  it.each([
    [401, 'invalid_keys'],
    [403, 'missing_privilege'],
    [404, 'not_found'],
    [429, 'rate_limited'],
    [500, 'unavailable'],
    [503, 'unavailable'],
    [418, 'unexpected_response'],
  ])('maps HTTP %i to %s', (status, kind) => {
    const error = errorFromResponse(get, answer(status));
    expect(error.kind).toBe(kind);
    expect(error.message.length).toBeGreaterThan(10);
  });
});
