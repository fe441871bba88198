import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { alertPreferencesQueryOptions, AlertSettings } from '@/features/alerts';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

/** The user's alert choices, asked for with the page. */
export const createLoader = (queryClient: QueryClient) =>
  createAreaLoader('alerts', (client) => client.prefetchQuery(alertPreferencesQueryOptions()))(queryClient);

export function Component() {
  const { t } = useTranslation();
  return (
    <AreaGuard area="alerts">
      <article className="page">
        <h1>{t('pages.alerts.title')}</h1>
        <p className="page__lead">{t('pages.alerts.description')}</p>
        <AlertSettings />
      </article>
    </AreaGuard>
  );
}
