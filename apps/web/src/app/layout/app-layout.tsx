import type { User } from '@qo/contracts';
import { lazy, Suspense, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { LazyAlertBell } from '@/features/alerts';
import { SetupBadge } from '@/features/setup';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { useFocusHeadingOnNavigate } from './use-focus-heading';
import { useMediaQuery } from './use-media-query';

// Not part of the first load: the drawer only on narrow screens, the toaster once the shell is up.
const NavDrawer = lazy(() => import('./nav-drawer'));
const Toaster = lazy(() => import('@/components/ui/toaster'));

/** Below this width the menu is a drawer (the same breakpoint as the stylesheet's). */
export const NARROW_SCREEN = '(max-width: 56rem)';

type AppLayoutProps = {
  user: User;
  companyName?: string;
  onLogout: () => void;
  isLoggingOut: boolean;
  children: ReactNode;
};

export function AppLayout({ user, companyName, onLogout, isLoggingOut, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const narrow = useMediaQuery(NARROW_SCREEN);
  useFocusHeadingOnNavigate(mainRef);

  const userInfo = (
    <div className="app-header__user" role="group" aria-label={t('header.userLabel')}>
      {companyName && <span className="app-header__company">{companyName}</span>}
      <span className="app-header__name">{user.name}</span>
      <span className="badge badge--plain">{t(`roles.${user.role}`)}</span>
    </div>
  );
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        {narrow && (
          <Suspense fallback={null}>
            <NavDrawer
              role={user.role}
              extras={
                <>
                  {userInfo}
                  <LanguageSwitch />
                </>
              }
            />
          </Suspense>
        )}
        <Link to={paths.home} className="app-header__brand">
          {t('app.name')}
        </Link>
        <div className="app-header__tools">
          {!narrow && userInfo}
          <SetupBadge role={user.role} />
          <LazyAlertBell />
          {!narrow && <LanguageSwitch />}
          <button type="button" className="button button--small" onClick={onLogout} disabled={isLoggingOut}>
            {isLoggingOut ? t('header.loggingOut') : t('header.logout')}
          </button>
        </div>
      </header>
      <div className="app-body">
        {!narrow && <MainNav role={user.role} />}
        <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    </div>
  );
}
