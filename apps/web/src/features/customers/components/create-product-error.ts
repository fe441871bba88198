import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-error';
import { getErrorMessage } from '@/lib/problem-message';

/**
 * Why "create in PowerOffice" failed, in the user's language where the cause is ours (accounts not
 * mapped, already linked); PowerOffice's own refusals keep its words and the fields it named.
 */
export function createProductErrorMessage(error: unknown, name: string, t: TFunction): string {
  if (isApiError(error)) {
    const paths = error.fieldErrors.map((e) => e.path);
    if (error.status === 422 && (paths.includes('normalAccountNo') || paths.includes('reducedAccountNo'))) {
      return t('invoicing.products.createErrors.accountsMissing', { name });
    }
    if (error.status === 409) return t('invoicing.products.createErrors.alreadyLinked', { name });
    const details = error.fieldErrors.map((e) => e.message);
    if (details.length) return `${getErrorMessage(error, t)} (${details.join('; ')})`;
  }
  return getErrorMessage(error, t);
}
