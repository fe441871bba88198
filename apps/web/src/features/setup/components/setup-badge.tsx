import type { Role } from '@qo/contracts';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { canAccess } from '@/lib/authorization';
import { useSetupStatus } from '../api/get-setup-status';
import { useSetupTranslation } from '../locales';

/** "Oppsett 5/9" in the header, linking to the checklist; nothing for roles that cannot open it. */
export function SetupBadge({ role }: { role: Role }) {
  const allowed = canAccess(role, 'setup');
  const { t } = useSetupTranslation();
  const status = useSetupStatus(undefined, { enabled: allowed });
  if (!allowed || !status.data) return null;
  const total = status.data.length;
  const done = status.data.filter((s) => s.done).length;
  return (
    <Link
      to={paths.setup}
      className={`badge ${done === total ? 'badge--connected' : 'badge--error'}`}
      aria-label={t('setup.badgeLabel', { done, total })}
    >
      {done === total ? t('setup.badgeComplete') : t('setup.badge', { done, total })}
    </Link>
  );
}
