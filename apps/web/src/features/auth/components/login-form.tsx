import type { LoginBody, User } from '@qo/contracts';
import { useId } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-error';
import { getFieldErrorMessage } from '@/lib/field-error-message';
import { getErrorMessage } from '@/lib/problem-message';
import { useLogin } from '../api/login';
import { loginResolver } from './login-form-resolver';

const FIELDS = ['email', 'password'] as const satisfies readonly FieldPath<LoginBody>[];

type LoginFormProps = { onSuccess: (user: User) => void };

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const loginMutation = useLogin();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginBody>({ resolver: loginResolver, defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit(async (values) => {
    try {
      onSuccess(await loginMutation.mutateAsync(values));
    } catch (error) {
      // Field errors from the BFF land on their fields; everything else is one message above the form.
      if (isApiError(error)) {
        for (const fieldError of error.fieldErrors) {
          const field = FIELDS.find((f) => f === fieldError.path);
          if (field) setError(field, { type: 'server', message: fieldError.message });
        }
      }
      setError('root.server', { type: 'server', message: getErrorMessage(error, t) });
    }
  });

  const emailError = getFieldErrorMessage('email', errors.email, t);
  const passwordError = getFieldErrorMessage('password', errors.password, t);
  const formError = errors.root?.server?.message;

  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-describedby={formError ? `${id}-form-error` : undefined}
    >
      {formError && (
        <p id={`${id}-form-error`} className="alert alert--error" role="alert">
          {formError}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('login.email')}</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? `${id}-email-error` : undefined}
          {...register('email')}
        />
        {emailError && (
          <p id={`${id}-email-error`} className="field__error">
            {emailError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('login.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? `${id}-password-error` : undefined}
          {...register('password')}
        />
        {passwordError && (
          <p id={`${id}-password-error`} className="field__error">
            {passwordError}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary" disabled={loginMutation.isPending}>
        {loginMutation.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
