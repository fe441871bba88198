import { useTranslation } from 'react-i18next';
import { SetupChecklist, setupStatusQueryOptions } from '@/features/setup';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('setup', (queryClient) =>
  queryClient.prefetchQuery(setupStatusQueryOptions()),
);

export function Component() {
  const { t } = useTranslation();
  return (
    <AreaGuard area="setup">
      <article className="page">
        <h1>{t('pages.setup.title')}</h1>
        <p className="page__lead">{t('pages.setup.description')}</p>
        <SetupChecklist />
      </article>
    </AreaGuard>
  );
}
