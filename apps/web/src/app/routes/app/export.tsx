import { useTranslation } from 'react-i18next';
import { departmentsQueryOptions } from '@/features/departments';
import { ExportView, registerExportLocales } from '@/features/export';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

registerExportLocales();

export const createLoader = createAreaLoader('export', (queryClient) => queryClient.prefetchQuery(departmentsQueryOptions()));

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
