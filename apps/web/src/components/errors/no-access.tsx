import type { Role } from '@qo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { MessagePage } from './message-page';

export function NoAccess({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('noAccess.title')}
      body={<p>{t('noAccess.body', { role: t(`roles.${role}`) })}</p>}
      actions={<Link to={paths.home}>{t('noAccess.back')}</Link>}
    />
  );
}
