import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orderPath } from '@/config/paths';
import { formatDateTime, formatNok } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { useCustomerOrders } from '../api/get-customer-orders';
import { InvoiceStatusBadge } from './invoice-status-badge';

/** Bestillingshistorikk: the customer's orders, newest first, each with its PowerOffice status. */
export function OrderHistory({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const orders = useCustomerOrders(customerId);
  if (orders.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (orders.isError) {
    return (
      <p className="alert alert--error" role="alert">
        {getErrorMessage(orders.error, t)}
      </p>
    );
  }
  if (orders.data.length === 0) return <p className="muted">{t('invoicing.history.empty')}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('invoicing.history.columns.order')}</th>
          <th scope="col">{t('invoicing.history.columns.closedAt')}</th>
          <th scope="col">{t('invoicing.history.columns.department')}</th>
          <th scope="col">{t('invoicing.history.columns.total')}</th>
          <th scope="col">{t('invoicing.history.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.data.map((order) => (
          <tr key={order.id}>
            <th scope="row">
              <Link to={orderPath(order.id)} aria-label={t('invoicing.history.open', { order: order.posId })}>
                {order.posId}
              </Link>
            </th>
            <td>{formatDateTime(order.closedAt)}</td>
            <td>{order.departmentName}</td>
            <td>{formatNok(order.total)}</td>
            <td>
              <InvoiceStatusBadge status={order.powerOffice.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
