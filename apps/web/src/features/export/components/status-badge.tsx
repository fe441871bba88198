import type { DayStatus } from '@qo/contracts';
import { useExportTranslation } from '../locales';

const tone: Record<DayStatus, string> = {
  not_transferred: '',
  sent: 'badge--connected',
  failed: 'badge--error',
  blocked: 'badge--error',
  changed: 'badge--warning',
  reversed: '',
};

export function StatusBadge({ status }: { status: DayStatus }) {
  const { t } = useExportTranslation();
  return <span className={`badge ${tone[status]}`}>{t(`export.history.statuses.${status}`)}</span>;
}
