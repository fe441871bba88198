import type { DayStatus } from '@qo/contracts';
import { useTranslation } from 'react-i18next';

const tone: Record<DayStatus, string> = {
  not_transferred: '',
  sent: 'badge--connected',
  failed: 'badge--error',
  blocked: 'badge--error',
  changed: 'badge--warning',
  reversed: '',
};

export function StatusBadge({ status }: { status: DayStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${tone[status]}`}>{t(`export.history.statuses.${status}`)}</span>;
}
