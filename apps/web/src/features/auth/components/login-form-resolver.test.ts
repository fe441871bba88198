import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { LoginBody } from '@qo/contracts';
import { getFieldErrorMessage } from '@/lib/field-error-message';
import { createTestT } from '@/testing/i18n';
import { loginResolver } from './login-form-resolver';

const t = await createTestT();

async function validate(values: LoginBody): Promise<FieldErrors<LoginBody>> {
  const result = await loginResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  return result.errors;
}

describe('login form validation (contract schema through zodResolver)', () => {
  it('gives a field error for each invalid field, in the current language', async () => {
    const errors = await validate({ email: 'not-an-email', password: '' });

    expect(Object.keys(errors).sort()).toEqual(['email', 'password']);
    expect(getFieldErrorMessage('email', errors.email, t.nb)).toBe('Oppgi en gyldig e-postadresse');
    expect(getFieldErrorMessage('password', errors.password, t.nb)).toBe('Oppgi passord');
    expect(getFieldErrorMessage('email', errors.email, t.en)).toBe('Enter a valid email address');
    expect(getFieldErrorMessage('password', errors.password, t.en)).toBe('Enter your password');
  });

  it('accepts a valid form', async () => {
    const errors = await validate({ email: 'eier@demo.no', password: 'demo' });
    expect(errors).toEqual({});
  });
});
