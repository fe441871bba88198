import type { QueryClient } from '@tanstack/react-query';
import { departmentsQueryOptions } from '@/lib/departments/get-departments';
import { attentionQueryOptions, OverviewView, useOverviewTranslation } from '@/features/overview';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

/** The departments (the calendars wait for them) and the open problems, asked for with the page. */
export const createLoader = (queryClient: QueryClient) =>
  createAreaLoader('overview', (client) => {
    void client.prefetchQuery(attentionQueryOptions());
    return client.prefetchQuery(departmentsQueryOptions());
  })(queryClient);

export function Component() {
  const { t } = useOverviewTranslation();
  return (
    <AreaGuard area="overview">
      <article className="page">
        <h1>{t('overview.title')}</h1>
        <p className="page__lead">{t('overview.description')}</p>
        <OverviewView />
      </article>
    </AreaGuard>
  );
}
