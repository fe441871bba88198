import { useTranslation } from 'react-i18next';
import { chartQueryOptions, ChartSourceBar, useChart, useChartDepartment } from '@/features/account-picker';
import { RoundingAccountForm } from '@/features/accounting-settings';
import { useMe } from '@/features/auth';
import { vatCodesQueryOptions, VatCodesView } from '@/features/vat-codes';
import { canEditMappings } from '@/lib/authorization';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('vatCodes', (queryClient) =>
  Promise.all([queryClient.prefetchQuery(chartQueryOptions(undefined)), queryClient.prefetchQuery(vatCodesQueryOptions(undefined))]),
);

/** Regnskap: the VAT code per POS rate and the øreavrunding account, both from the client's settings. */
export function Component() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const [departmentId, setDepartmentId] = useChartDepartment();
  const chart = useChart(departmentId);
  const canEdit = canEditMappings(user?.role);
  return (
    <AreaGuard area="vatCodes">
      <article className="page">
        <h1>{t('pages.vatCodes.title')}</h1>
        <p className="page__lead">{t('pages.vatCodes.description')}</p>
        <ChartSourceBar chart={chart.data} isError={chart.isError} error={chart.error} departmentId={departmentId} onDepartmentChange={setDepartmentId} />
        <VatCodesView vatCodes={chart.data?.vatCodes ?? []} departmentId={departmentId} canEdit={canEdit} />
        <RoundingAccountForm accounts={chart.data?.accounts ?? []} departmentId={departmentId} canEdit={canEdit} />
      </article>
    </AreaGuard>
  );
}
