import { useTranslation } from 'react-i18next';
import { chartQueryOptions, ChartSourceBar, useChart, useChartDepartment } from '@/features/account-picker';
import { useMe } from '@/features/auth';
import { paymentTypesQueryOptions, PaymentTypesView } from '@/features/payment-types';
import { canEditMappings } from '@/lib/authorization';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('paymentTypes', (queryClient) =>
  Promise.all([queryClient.prefetchQuery(chartQueryOptions(undefined)), queryClient.prefetchQuery(paymentTypesQueryOptions(undefined))]),
);

export function Component() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const [departmentId, setDepartmentId] = useChartDepartment();
  const chart = useChart(departmentId);
  return (
    <AreaGuard area="paymentTypes">
      <article className="page">
        <h1>{t('pages.paymentTypes.title')}</h1>
        <p className="page__lead">{t('pages.paymentTypes.description')}</p>
        <ChartSourceBar chart={chart.data} isError={chart.isError} error={chart.error} departmentId={departmentId} onDepartmentChange={setDepartmentId} />
        <PaymentTypesView accounts={chart.data?.accounts ?? []} departmentId={departmentId} canEdit={canEditMappings(user?.role)} />
      </article>
    </AreaGuard>
  );
}
