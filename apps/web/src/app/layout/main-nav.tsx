import type { Role } from '@qo/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { canAccess } from '@/lib/authorization';
import { NAV_GROUPS } from './nav-items';

type MainNavProps = {
  role: Role;
  /** Called after a link is followed (the drawer closes). */
  onNavigate?: () => void;
  /** Shown under the links (the drawer carries the user and the language there). */
  extras?: ReactNode;
};

/** Shows only what the role may open; the pages check again, so hiding is a courtesy, not the guard. */
export function MainNav({ role, onNavigate, extras }: MainNavProps) {
  const { t } = useTranslation();
  const id = useId();
  const groups = NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => canAccess(role, item.area)),
  })).filter((group) => group.items.length > 0);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      {groups.map((group) => (
        <div key={group.labelKey ?? 'start'} className="main-nav__group">
          {group.labelKey && (
            <p className="main-nav__group-title" id={`${id}-${group.labelKey}`}>
              {t(group.labelKey)}
            </p>
          )}
          <ul aria-labelledby={group.labelKey ? `${id}-${group.labelKey}` : undefined}>
            {group.items.map((item) => (
              <li key={item.path}>
                <NavLink
                  to={item.path}
                  onClick={onNavigate}
                  className={({ isActive }) => (isActive ? 'main-nav__link is-active' : 'main-nav__link')}
                >
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {extras && <div className="main-nav__extras">{extras}</div>}
    </nav>
  );
}
