import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/ui/placeholder-page';
import { DepartmentsTable, departmentsQueryOptions } from '@/features/departments';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('integrations', (queryClient) =>
  // prefetchQuery never throws: a failed list shows its own message inside the page.
  queryClient.prefetchQuery(departmentsQueryOptions()),
);

export function Component() {
  const { t } = useTranslation();
  return (
    <AreaGuard area="integrations">
      <PlaceholderPage page="integrations">
        <section className="card" aria-labelledby="departments-title">
          <h2 id="departments-title">{t('pages.integrations.departmentsTitle')}</h2>
          <DepartmentsTable />
        </section>
      </PlaceholderPage>
    </AreaGuard>
  );
}
