import type { Role } from '@qo/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { canAccess } from '@/lib/authorization';
import { NAV_ITEMS } from './nav-items';

/** Shows only what the role may open; the pages check again, so hiding is a courtesy, not the guard. */
export function MainNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  const items = NAV_ITEMS.filter((item) => canAccess(role, item.area));
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} className={({ isActive }) => (isActive ? 'main-nav__link is-active' : 'main-nav__link')}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
