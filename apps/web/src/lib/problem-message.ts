import type { TFunction } from 'i18next';
import { isApiError, NetworkError } from './api-error';

/**
 * The one place that turns a failure into a sentence for the user, in the current language.
 * Order: a translation for the BFF's problem `code` (saying how long to wait when known), else the
 * BFF's own `detail`, else a translation for the HTTP status, else its title.
 */
export function getErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('problems.network');
  if (isApiError(error)) {
    const { problem } = error;
    if (problem.code) {
      // With a known wait (Retry-After) the message can say how long, with the right plural.
      const wait = error.retryAfterMinutes;
      const withWait = wait
        ? t(`problems.codes.${problem.code}_wait`, { ...problem.params, count: wait, defaultValue: '' })
        : '';
      const byCode = withWait || t(`problems.codes.${problem.code}`, { ...problem.params, defaultValue: '' });
      if (byCode) return byCode;
    }
    if (problem.detail) return problem.detail;
    const byStatus = t(`problems.status.${problem.status}`, { defaultValue: '' });
    return byStatus || problem.title;
  }
  return t('problems.unexpected');
}

/** PowerOffice GO's own words for a refusal it gave (for "Detaljer"), if any. */
export function powerOfficeDetailOf(error: unknown): string | undefined {
  return isApiError(error) ? error.problem.powerOfficeDetail : undefined;
}
