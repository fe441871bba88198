import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { departmentsQueryOptions } from '@/lib/departments/get-departments';
import { ExportView, prefetchPreviewStart } from '@/features/export';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

/**
 * The departments, and — when the address names a period — its first months of preview, started
 * now rather than after the page has rendered. Not awaited: the page shows its progress meanwhile.
 */
export const createLoader =
  (queryClient: QueryClient): LoaderFunction =>
  ({ request }) =>
    createAreaLoader('export', (client) => {
      // Asked for first: the BFF answers in order, and the page waits for the departments.
      const departments = client.prefetchQuery(departmentsQueryOptions());
      prefetchPreviewStart(client, new URL(request.url).searchParams);
      return departments;
    })(queryClient)();

export function Component() {
  const { t } = useTranslation();
  return (
    <AreaGuard area="export">
      <article className="page">
        <h1>{t('pages.export.title')}</h1>
        <p className="page__lead">{t('pages.export.description')}</p>
        <ExportView />
      </article>
    </AreaGuard>
  );
}
