import type { ChartAccount, ChartVatCode } from '@qo/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { chartQueryOptions, ChartSourceBar, useChart, useChartDepartment } from '@/components/account-picker';
import { useMe } from '@/features/auth';
import { canEditMappings, type Area } from '@/lib/authorization';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

/*
 * Produkttyper, Betalingstyper and Momskoder are the same page around a different table: the
 * company's rows, mapped to accounts (and VAT codes) of the chart of the department chosen in the
 * source bar. Nothing is fetched before the guard has let the role in.
 */

type MappingArea = Extract<Area, 'productTypes' | 'paymentTypes' | 'vatCodes'>;

export type MappingViewProps = {
  accounts: readonly ChartAccount[];
  vatCodes: readonly ChartVatCode[];
  departmentId: string | undefined;
  canEdit: boolean;
};

/** Prefetches the chart and the page's lists (of the default department) for a role that may read them. */
export function createMappingLoader(
  area: MappingArea,
  prefetchLists: (queryClient: QueryClient) => Promise<void>[],
) {
  return createAreaLoader(area, (queryClient) =>
    Promise.all([queryClient.prefetchQuery(chartQueryOptions(undefined)), ...prefetchLists(queryClient)]),
  );
}

function MappingPageBody({ area, View }: { area: MappingArea; View: ComponentType<MappingViewProps> }) {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const [departmentId, setDepartmentId] = useChartDepartment();
  const chart = useChart(departmentId);
  return (
    <article className="page">
      <h1>{t(`pages.${area}.title`)}</h1>
      <p className="page__lead">{t(`pages.${area}.description`)}</p>
      <ChartSourceBar
        chart={chart.data}
        isError={chart.isError}
        error={chart.error}
        departmentId={departmentId}
        onDepartmentChange={setDepartmentId}
      />
      <View
        accounts={chart.data?.accounts ?? []}
        vatCodes={chart.data?.vatCodes ?? []}
        departmentId={departmentId}
        canEdit={canEditMappings(user?.role)}
      />
    </article>
  );
}

export function MappingPage({ area, View }: { area: MappingArea; View: ComponentType<MappingViewProps> }) {
  return (
    <AreaGuard area={area}>
      <MappingPageBody area={area} View={View} />
    </AreaGuard>
  );
}
