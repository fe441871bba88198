import { useState } from 'react';
import { useMe } from '@/features/auth';
import { departmentsQueryOptions, useDepartments } from '@/features/departments';
import { AddDepartmentForm, DepartmentCard, SlotsPanel, slotsQueryOptions, useSlots, useIntegrationsTranslation } from '@/features/integrations';
import { getErrorMessage } from '@/lib/problem-message';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('integrations', (queryClient) =>
  // prefetchQuery never throws: a failed list shows its own message inside the page.
  Promise.all([queryClient.prefetchQuery(departmentsQueryOptions()), queryClient.prefetchQuery(slotsQueryOptions())]),
);

export function Component() {
  const { t } = useIntegrationsTranslation();
  const me = useMe();
  const departments = useDepartments();
  const slots = useSlots();
  const [adding, setAdding] = useState(false);
  const canEdit = me.data?.role === 'owner';

  const error = departments.error ?? slots.error;
  const names = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
  return (
    <AreaGuard area="integrations">
      <article className="page">
        <h1>{t('pages.integrations.title')}</h1>
        <p className="page__lead">{t('pages.integrations.description')}</p>
        {!canEdit && <p className="muted">{t('integrations.readOnly')}</p>}
        {error && (
          <p className="alert alert--error" role="alert">
            {t('integrations.loadError')} {getErrorMessage(error, t)}
          </p>
        )}
        {slots.data && <SlotsPanel slots={slots.data} departmentNames={names} />}
        <section aria-labelledby="departments-title">
          <h2 id="departments-title">{t('integrations.departmentsTitle')}</h2>
          {canEdit && !adding && (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t('integrations.addDepartment')}
            </button>
          )}
          {adding && <AddDepartmentForm onDone={() => setAdding(false)} />}
          {(departments.isPending || slots.isPending) && !error && <p className="muted">{t('app.loading')}</p>}
          {departments.data &&
            slots.data &&
            departments.data.map((d) => <DepartmentCard key={d.id} department={d} slots={slots.data} departmentNames={names} canEdit={canEdit} />)}
        </section>
      </article>
    </AreaGuard>
  );
}
