import type { QueryClient } from '@tanstack/react-query';
import { alertPreferencesQueryOptions, AlertSettings, useAlertsTranslation } from '@/features/alerts';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

/** The user's alert choices, asked for with the page. */
export const createLoader = (queryClient: QueryClient) =>
  createAreaLoader('alerts', (client) => client.prefetchQuery(alertPreferencesQueryOptions()))(queryClient);

export function Component() {
  const { t } = useAlertsTranslation();
  return (
    <AreaGuard area="alerts">
      <article className="page">
        <h1>{t('alerts.page.title')}</h1>
        <p className="page__lead">{t('alerts.page.description')}</p>
        <AlertSettings />
      </article>
    </AreaGuard>
  );
}
