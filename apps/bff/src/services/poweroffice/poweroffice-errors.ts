import type { Failure, FixTarget } from '@qo/contracts';
import { isPowerOfficeError, type PowerOfficeError } from '@qo/poweroffice';
import { AppError } from '../../lib/app-error';

/** PowerOffice's own words for a failure, as the owner should read them. */
export function powerOfficeReason(error: PowerOfficeError): string {
  return error.detail?.trim() || error.message;
}

/** Kinds that say the connection itself is broken (as opposed to one rejected voucher). */
export function isConnectionFailure(error: PowerOfficeError): boolean {
  return [
    'invalid_keys',
    'missing_privilege',
    'missing_module',
    'unavailable',
    'rate_limited',
    'unexpected_response',
  ].includes(error.kind);
}

/** PowerOffice refuses a posting date on or before the client's lock date (in English or Norwegian). */
const LOCK_DATE_TEXT = /lock ?date|locked period|sperredato|låsedato|låst periode|periode(n)? er låst/i;

function mentionsLockDate(error: PowerOfficeError): boolean {
  const texts = [error.detail ?? '', error.message, ...error.fieldErrors.map((f) => f.message)];
  return texts.some((t) => LOCK_DATE_TEXT.test(t));
}

/** The failure code the UI explains (see `Failure` in the contracts) for what PowerOffice said. */
export function powerOfficeFailureCode(error: PowerOfficeError): string {
  switch (error.kind) {
    case 'invalid_keys':
      return 'invalid_client_key';
    case 'missing_privilege':
    case 'missing_module':
      return 'missing_privileges';
    case 'rate_limited':
      return 'rate_limited';
    case 'unavailable':
      return 'poweroffice_unavailable';
    case 'duplicate':
      return 'duplicate';
    case 'validation':
      return mentionsLockDate(error) ? 'lock_date' : 'refused';
    default:
      return 'poweroffice_failed';
  }
}

/** What to change in this app to fix a failure, when anything does. */
export function fixForFailure(code: string): FixTarget | null {
  switch (code) {
    case 'invalid_client_key':
    case 'missing_privileges':
    case 'not_connected':
      return { kind: 'connection' };
    case 'product_not_linked':
      return { kind: 'product-link' };
    case 'not_linked':
      return { kind: 'customer-link' };
    default:
      return null;
  }
}

/*
 * A day's failure is stored as one text column (the posting's or transfer day's message). The
 * code and who said it travel at its front, "[poweroffice:lock_date] PowerOffice's words", so the
 * history can explain it; a text without the prefix (written before) reads as an unexplained one.
 */
const STORED = /^\[(poweroffice|quickorder):([a-z_]+)\] ([\s\S]*)$/;

export function encodeFailure(code: string, source: Failure['source'], detail: string): string {
  return `[${source}:${code}] ${detail}`;
}

export function decodeFailure(stored: string | null): { failure: Failure | null; message: string | null } {
  if (stored === null) return { failure: null, message: null };
  const match = STORED.exec(stored);
  if (!match) return { failure: null, message: stored };
  const [, source, code, detail] = match as unknown as [string, Failure['source'], string, string];
  return { failure: { code, source, detail, fix: fixForFailure(code) }, message: detail };
}

/** A PowerOffice failure as problem details; anything else is rethrown unchanged. */
export function toAppError(error: unknown): Error {
  if (!isPowerOfficeError(error)) return error instanceof Error ? error : new Error(String(error));
  const reason = powerOfficeReason(error);
  const said = { cause: error, source: 'poweroffice' as const, powerOfficeDetail: reason };
  switch (error.kind) {
    case 'invalid_keys':
      return new AppError('invalid_client_key', `PowerOffice GO avviste nøkkelen: ${reason}`, said);
    case 'missing_privilege':
    case 'missing_module': {
      const missing = error.privileges?.required ? [error.privileges.required] : [];
      return new AppError('missing_privileges', `PowerOffice GO nektet tilgang: ${reason}`, {
        ...said,
        errors: missing.map((p) => ({ path: 'privileges', message: p })),
      });
    }
    case 'unavailable':
      return new AppError('poweroffice_unavailable', reason, said);
    case 'rate_limited': {
      const wait = error.retryAfterSeconds;
      return new AppError('poweroffice_rate_limited', reason, {
        ...said,
        ...(wait ? { headers: { 'retry-after': String(wait) } } : {}),
      });
    }
    case 'validation':
      return new AppError(
        mentionsLockDate(error) ? 'lock_date' : 'business_rule',
        `PowerOffice GO: ${reason}`,
        {
          ...said,
          errors: error.fieldErrors.map((f) => ({ path: f.path, message: f.message })),
        },
      );
    default:
      return new AppError('poweroffice_failed', reason, said);
  }
}
