import type { User } from '@qo/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { SetupBadge } from '@/features/setup';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

type AppLayoutProps = {
  user: User;
  companyName?: string;
  onLogout: () => void;
  isLoggingOut: boolean;
  children: ReactNode;
};

export function AppLayout({ user, companyName, onLogout, isLoggingOut, children }: AppLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={paths.home} className="app-header__brand">
          {t('app.name')}
        </Link>
        <div className="app-header__tools">
          <div className="app-header__user" role="group" aria-label={t('header.userLabel')}>
            {companyName && <span className="app-header__company">{companyName}</span>}
            <span className="app-header__name">{user.name}</span>
            <span className="badge">{t(`roles.${user.role}`)}</span>
          </div>
          <SetupBadge role={user.role} />
          <LanguageSwitch />
          <button type="button" className="button" onClick={onLogout} disabled={isLoggingOut}>
            {isLoggingOut ? t('header.loggingOut') : t('header.logout')}
          </button>
        </div>
      </header>
      <div className="app-body">
        <MainNav role={user.role} />
        <main id="main" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
