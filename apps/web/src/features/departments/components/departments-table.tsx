import { useTranslation } from 'react-i18next';
import { getErrorMessage } from '@/lib/problem-message';
import { useDepartments } from '@/lib/departments/get-departments';

export function DepartmentsTable() {
  const { t } = useTranslation();
  const departments = useDepartments();

  if (departments.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (departments.isError) {
    return (
      <p className="alert alert--error" role="alert">
        {t('pages.integrations.departmentsLoadError')} {getErrorMessage(departments.error, t)}
      </p>
    );
  }
  if (departments.data.length === 0) return <p className="muted">{t('pages.integrations.departmentsEmpty')}</p>;

  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('pages.integrations.columns.name')}</th>
          <th scope="col">{t('pages.integrations.columns.businessHours')}</th>
          <th scope="col">{t('pages.integrations.columns.integration')}</th>
        </tr>
      </thead>
      <tbody>
        {departments.data.map((department) => (
          <tr key={department.id}>
            <th scope="row">{department.name}</th>
            <td>
              {t('pages.integrations.businessHours', {
                start: department.businessDayStart,
                timezone: department.timezone,
              })}
            </td>
            <td>
              {department.integration ? (
                <span className={`badge badge--${department.integration.status}`}>
                  {t(`pages.integrations.status.${department.integration.status}`)}
                  {department.integration.clientName ? ` · ${department.integration.clientName}` : ''}
                </span>
              ) : (
                <span className="badge">{t('pages.integrations.notConnected')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
