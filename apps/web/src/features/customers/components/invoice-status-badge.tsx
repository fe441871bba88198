import type { InvoiceStatus } from '@qo/contracts';
import { useCustomersTranslation } from '../locales';

// Green = sent, red = not sent (as in Quickorder's guide); waiting states stay neutral.
const tone: Record<InvoiceStatus, string> = {
  sent: 'badge badge--connected',
  failed: 'badge badge--error',
  pending: 'badge',
  not_linked: 'badge badge--error',
  not_applicable: 'badge',
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useCustomersTranslation();
  return (
    <span className={tone[status]} data-status={status}>
      {t(`invoicing.status.${status}`)}
    </span>
  );
}
