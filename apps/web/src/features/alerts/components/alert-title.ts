import type { AlertItem } from '@qo/contracts';
import { formatBusinessDay } from '@/lib/format';
import { useAlertsTranslation } from '../locales';

/** What an alert is about, in one line in the user's language. */
export function useAlertTitle() {
  const { t } = useAlertsTranslation();
  return ({ kind, problem }: AlertItem) =>
    t(`alerts.kinds.${kind}`, {
      department: problem.department?.name ?? '',
      day: problem.businessDay ? formatBusinessDay(problem.businessDay) : '',
      order: problem.order?.posId ?? '',
      customer: problem.customer?.name || problem.order?.customerName || '',
      count: problem.count ?? 1,
    });
}
