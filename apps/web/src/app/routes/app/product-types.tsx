import { useTranslation } from 'react-i18next';
import { chartQueryOptions, ChartSourceBar, useChart, useChartDepartment } from '@/features/account-picker';
import { useMe } from '@/features/auth';
import { productTypesQueryOptions, ProductTypesView } from '@/features/product-types';
import { canEditMappings } from '@/lib/authorization';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('productTypes', (queryClient) =>
  Promise.all([queryClient.prefetchQuery(chartQueryOptions(undefined)), queryClient.prefetchQuery(productTypesQueryOptions(undefined))]),
);

export function Component() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const [departmentId, setDepartmentId] = useChartDepartment();
  const chart = useChart(departmentId);
  return (
    <AreaGuard area="productTypes">
      <article className="page">
        <h1>{t('pages.productTypes.title')}</h1>
        <p className="page__lead">{t('pages.productTypes.description')}</p>
        <ChartSourceBar chart={chart.data} isError={chart.isError} error={chart.error} departmentId={departmentId} onDepartmentChange={setDepartmentId} />
        <ProductTypesView accounts={chart.data?.accounts ?? []} departmentId={departmentId} canEdit={canEditMappings(user?.role)} />
      </article>
    </AreaGuard>
  );
}
