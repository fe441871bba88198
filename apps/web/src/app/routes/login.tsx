import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { redirect, useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { LanguageSwitch } from '@/app/layout/language-switch';
import { homePathFor, safeRedirectTarget } from '@/config/paths';
import { LoginForm, meQueryOptions } from '@/features/auth';

/** Someone already signed in has nothing to do here. */
export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await queryClient.ensureQueryData(meQueryOptions());
    if (!user) return null;
    const wanted = safeRedirectTarget(new URL(request.url).searchParams.get('redirectTo'));
    return redirect(wanted ?? homePathFor(user.role));
  };

export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirectTarget(searchParams.get('redirectTo'));

  return (
    <div className="login">
      <div className="login__tools">
        <LanguageSwitch />
      </div>
      <main className="login__panel">
        <p className="login__brand">{t('app.name')}</p>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <LoginForm
          onSuccess={(user) => void navigate(redirectTo ?? homePathFor(user.role), { replace: true })}
        />
      </main>
    </div>
  );
}
