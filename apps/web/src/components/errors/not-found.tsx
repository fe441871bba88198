import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { MessagePage } from './message-page';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('notFound.title')}
      body={<p>{t('notFound.body')}</p>}
      actions={<Link to={paths.home}>{t('notFound.back')}</Link>}
    />
  );
}
