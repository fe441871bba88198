import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';

/**
 * A form field's error in the current language. Client-side errors carry the zod issue code as
 * their type and are translated by `validation.<field>.<code>`; the schema's own (Norwegian)
 * message and server messages are the fallback.
 */
export function getFieldErrorMessage(
  field: string,
  error: FieldError | undefined,
  t: TFunction,
): string | undefined {
  if (!error) return undefined;
  const translated = error.type ? t(`validation.${field}.${String(error.type)}`, { defaultValue: '' }) : '';
  return translated || error.message || t('problems.status.400');
}
