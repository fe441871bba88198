import type { Failure } from '@qo/contracts';
import { decodeFailure } from '../poweroffice/poweroffice-errors';

/**
 * A day's stored message as the API shows it: the text (without the stored code) and, for a
 * failed or blocked day, the failure the UI explains. A blocked day is blocked by our own rules.
 */
export function dayMessage(
  status: string,
  stored: string | null,
): { message: string | null; failure: Failure | null } {
  const { failure, message } = decodeFailure(stored);
  if (status !== 'failed' && status !== 'blocked') return { message, failure: null };
  if (failure) return { message, failure };
  if (status === 'blocked')
    return { message, failure: { code: 'blocked', source: 'quickorder', detail: message, fix: null } };
  // Written before codes were stored: PowerOffice's text, unexplained.
  return {
    message,
    failure: message ? { code: 'unknown', source: 'poweroffice', detail: message, fix: null } : null,
  };
}
