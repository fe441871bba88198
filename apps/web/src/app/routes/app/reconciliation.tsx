import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { departmentsQueryOptions } from '@/lib/departments/get-departments';
import { ReconciliationView } from '@/features/reconciliation';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = (queryClient: QueryClient): LoaderFunction =>
  createAreaLoader('reconciliation', (client) => client.prefetchQuery(departmentsQueryOptions()))(
    queryClient,
  );

export function Component() {
  const { t } = useTranslation();
  return (
    <AreaGuard area="reconciliation">
      <article className="page">
        <h1>{t('pages.reconciliation.title')}</h1>
        <p className="page__lead">{t('pages.reconciliation.description')}</p>
        <ReconciliationView />
      </article>
    </AreaGuard>
  );
}
