import type { ChartAccount } from '@qo/contracts';
import type { FetchQueryOptions, QueryKey } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { chartQueryOptions, ChartSourceBar, useChart, useChartDepartment } from '@/features/account-picker';
import { useMe } from '@/features/auth';
import { canEditMappings, type Area } from '@/lib/authorization';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

/*
 * Produkttyper and Betalingstyper are the same page around a different list: the company's rows,
 * mapped to accounts of the chart of the department chosen in the source bar.
 */

type AccountMappingArea = Extract<Area, 'productTypes' | 'paymentTypes'>;

export type AccountMappingViewProps = { accounts: readonly ChartAccount[]; departmentId: string | undefined; canEdit: boolean };

/** Prefetches the chart and the list (of the default department) for a role that may read them. */
export function createAccountMappingLoader<T, K extends QueryKey>(area: AccountMappingArea, listQuery: FetchQueryOptions<T, Error, T, K>) {
  return createAreaLoader(area, (queryClient) => Promise.all([queryClient.prefetchQuery(chartQueryOptions(undefined)), queryClient.prefetchQuery(listQuery)]));
}

export function AccountMappingPage({ area, View }: { area: AccountMappingArea; View: ComponentType<AccountMappingViewProps> }) {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const [departmentId, setDepartmentId] = useChartDepartment();
  const chart = useChart(departmentId);
  return (
    <AreaGuard area={area}>
      <article className="page">
        <h1>{t(`pages.${area}.title`)}</h1>
        <p className="page__lead">{t(`pages.${area}.description`)}</p>
        <ChartSourceBar chart={chart.data} isError={chart.isError} error={chart.error} departmentId={departmentId} onDepartmentChange={setDepartmentId} />
        <View accounts={chart.data?.accounts ?? []} departmentId={departmentId} canEdit={canEditMappings(user?.role)} />
      </article>
    </AreaGuard>
  );
}
