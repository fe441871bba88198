import {
  alertListSchema,
  alertPreferencesSchema,
  type AlertList,
  type MarkAlertsReadBody,
  type UpdateAlertPreferencesBody,
} from '@qo/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** One key factory: marking read answers the bell anew, saving choices answers the page anew. */
export const alertKeys = {
  all: ['alerts'] as const,
  list: () => [...alertKeys.all, 'list'] as const,
  preferences: () => [...alertKeys.all, 'preferences'] as const,
};

/** The bell's items; looked at again every minute and when the window gets focus. */
export function alertsQueryOptions() {
  return queryOptions({
    queryKey: alertKeys.list(),
    queryFn: ({ signal }) => apiClient.get('/alerts', { schema: alertListSchema, signal }),
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}

export const useAlerts = () => useQuery(alertsQueryOptions());

export function useMarkAlertsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkAlertsReadBody) =>
      apiClient.post('/alerts/read', { body, schema: alertListSchema }),
    onSuccess: (list: AlertList) => queryClient.setQueryData(alertKeys.list(), list),
  });
}

export function alertPreferencesQueryOptions() {
  return queryOptions({
    queryKey: alertKeys.preferences(),
    queryFn: ({ signal }) => apiClient.get('/alerts/preferences', { schema: alertPreferencesSchema, signal }),
  });
}

export const useAlertPreferences = () => useQuery(alertPreferencesQueryOptions());

export function useSaveAlertPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAlertPreferencesBody) =>
      apiClient.put('/alerts/preferences', { body, schema: alertPreferencesSchema }),
    onSuccess: (saved) => queryClient.setQueryData(alertKeys.preferences(), saved),
  });
}
