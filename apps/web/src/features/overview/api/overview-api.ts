import { attentionListSchema, departmentCalendarSchema, departmentSalesChartSchema } from '@qo/contracts';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export type ChartDays = 30 | 90;

/** One key factory: a transfer or a sent order invalidates `overviewKeys.all`, and every part follows. */
export const overviewKeys = {
  all: ['overview'] as const,
  attention: () => [...overviewKeys.all, 'attention'] as const,
  calendar: (departmentId: string, month: string) =>
    [...overviewKeys.all, 'calendar', departmentId, month] as const,
  sales: (departmentId: string, days: ChartDays) =>
    [...overviewKeys.all, 'sales', departmentId, days] as const,
};

export function attentionQueryOptions() {
  return queryOptions({
    queryKey: overviewKeys.attention(),
    queryFn: ({ signal }) => apiClient.get('/overview/attention', { schema: attentionListSchema, signal }),
    // Read again whenever the page is shown: a day retried in Eksport must not show as failed here.
    staleTime: 0,
  });
}

export function calendarQueryOptions(departmentId: string, month: string) {
  return queryOptions({
    queryKey: overviewKeys.calendar(departmentId, month),
    queryFn: ({ signal }) =>
      apiClient.get(`/departments/${encodeURIComponent(departmentId)}/overview/calendar`, {
        query: { month },
        schema: departmentCalendarSchema,
        signal,
      }),
    staleTime: 0,
  });
}

export function salesChartQueryOptions(departmentId: string, days: ChartDays) {
  return queryOptions({
    queryKey: overviewKeys.sales(departmentId, days),
    queryFn: ({ signal }) =>
      apiClient.get(`/departments/${encodeURIComponent(departmentId)}/overview/sales`, {
        query: { days: String(days) },
        schema: departmentSalesChartSchema,
        signal,
      }),
    staleTime: 60_000,
  });
}

export const useAttention = () => useQuery(attentionQueryOptions());
export const useCalendar = (departmentId: string, month: string) =>
  useQuery(calendarQueryOptions(departmentId, month));
export const useSalesChart = (departmentId: string, days: ChartDays) =>
  useQuery(salesChartQueryOptions(departmentId, days));

/** After anything that changes a day or an order: the list, the calendars and the charts are read again. */
export const invalidateOverview = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: overviewKeys.all });
