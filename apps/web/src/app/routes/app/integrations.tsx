import { useMe } from '@/features/auth';
import { departmentsQueryOptions, useDepartments } from '@/lib/departments/get-departments';
import {
  AddDepartmentDialog,
  DepartmentCard,
  SlotsPanel,
  slotsQueryOptions,
  useIntegrationsTranslation,
  useSlots,
} from '@/features/integrations';
import { getErrorMessage } from '@/lib/problem-message';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('integrations', (queryClient) =>
  // prefetchQuery never throws: a failed list shows its own message inside the page.
  Promise.all([
    queryClient.prefetchQuery(departmentsQueryOptions()),
    queryClient.prefetchQuery(slotsQueryOptions()),
  ]),
);

/** Innstillinger → Integrasjoner: a card per department; the application keys folded away below. */
function IntegrationsPage() {
  const { t } = useIntegrationsTranslation();
  const me = useMe();
  const departments = useDepartments();
  const slots = useSlots();
  const canEdit = me.data?.role === 'owner';

  const error = departments.error ?? slots.error;
  const names = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
  return (
    <article className="page">
      <h1>{t('pages.integrations.title')}</h1>
      <p className="page__lead">{t('pages.integrations.description')}</p>
      {!canEdit && <p className="muted">{t('integrations.readOnly')}</p>}
      {error && (
        <p className="alert alert--error" role="alert">
          {t('integrations.loadError')} {getErrorMessage(error, t)}
        </p>
      )}
      <section aria-labelledby="departments-title">
        <div className="page__header">
          <h2 id="departments-title">{t('integrations.departmentsTitle')}</h2>
          {canEdit && <AddDepartmentDialog />}
        </div>
        {(departments.isPending || slots.isPending) && !error && <p className="muted">{t('app.loading')}</p>}
        <div className="department-cards">
          {departments.data &&
            slots.data &&
            departments.data.map((d) => (
              <DepartmentCard
                key={d.id}
                department={d}
                slots={slots.data}
                departmentNames={names}
                canEdit={canEdit}
              />
            ))}
        </div>
      </section>
      {slots.data && <SlotsPanel slots={slots.data} departmentNames={names} />}
    </article>
  );
}

export function Component() {
  return (
    <AreaGuard area="integrations">
      <IntegrationsPage />
    </AreaGuard>
  );
}
