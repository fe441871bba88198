import { isPowerOfficeError, type PowerOfficeError } from '@qo/poweroffice';
import { AppError } from '../../lib/app-error';

/** PowerOffice's own words for a failure, as the owner should read them. */
export function powerOfficeReason(error: PowerOfficeError): string {
  return error.detail?.trim() || error.message;
}

/** Kinds that say the connection itself is broken (as opposed to one rejected voucher). */
export function isConnectionFailure(error: PowerOfficeError): boolean {
  return ['invalid_keys', 'missing_privilege', 'missing_module', 'unavailable', 'rate_limited', 'unexpected_response'].includes(error.kind);
}

/** A PowerOffice failure as problem details; anything else is rethrown unchanged. */
export function toAppError(error: unknown): Error {
  if (!isPowerOfficeError(error)) return error instanceof Error ? error : new Error(String(error));
  const reason = powerOfficeReason(error);
  switch (error.kind) {
    case 'invalid_keys':
      return new AppError('invalid_client_key', `PowerOffice GO avviste nøkkelen: ${reason}`, { cause: error });
    case 'missing_privilege':
    case 'missing_module': {
      const missing = error.privileges?.required ? [error.privileges.required] : [];
      return new AppError('missing_privileges', `PowerOffice GO nektet tilgang: ${reason}`, {
        errors: missing.map((p) => ({ path: 'privileges', message: p })),
        cause: error,
      });
    }
    case 'unavailable':
    case 'rate_limited':
      return new AppError('poweroffice_unavailable', reason, { cause: error });
    case 'validation':
      return new AppError('business_rule', `PowerOffice GO: ${reason}`, {
        errors: error.fieldErrors.map((f) => ({ path: f.path, message: f.message })),
        cause: error,
      });
    default:
      return new AppError('poweroffice_failed', reason, { cause: error });
  }
}
