import type { CustomerOrder } from '@qo/contracts';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DataTable } from '@/components/ui/data-table';
import { orderPath } from '@/config/paths';
import { formatDateTime, formatNok } from '@/lib/format';
import { useCustomerOrders } from '../api/get-customer-orders';
import { useSendOrder } from '../api/send-order';
import { InvoiceStatusBadge } from './invoice-status-badge';
import { useCustomersTranslation } from '../locales';

/**
 * Bestillingshistorikk: the customer's orders, newest first, each with its PowerOffice status right
 * after the order number (on a phone each order is a card, the status on its second line). Owners and
 * accountants retry a failed order from here.
 */
export function OrderHistory({ customerId, canSend = false }: { customerId: string; canSend?: boolean }) {
  const { t } = useCustomersTranslation();
  const orders = useCustomerOrders(customerId);
  if (orders.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (orders.isError) return <ErrorAlert error={orders.error} />;
  if (orders.data.length === 0) return <p className="muted">{t('invoicing.history.empty')}</p>;
  const columns: ColumnDef<CustomerOrder, never>[] = [
    {
      id: 'order',
      header: t('invoicing.history.columns.order'),
      meta: { rowHeader: true },
      cell: ({ row }) => (
        <Link
          to={orderPath(row.original.id)}
          aria-label={t('invoicing.history.open', { order: row.original.posId })}
        >
          {row.original.posId}
        </Link>
      ),
    },
    {
      id: 'status',
      header: t('invoicing.history.columns.status'),
      cell: ({ row }) => (
        <>
          <InvoiceStatusBadge status={row.original.powerOffice.status} />
          {row.original.powerOffice.orderNo !== null && <> · {row.original.powerOffice.orderNo}</>}
        </>
      ),
    },
    {
      id: 'closedAt',
      header: t('invoicing.history.columns.closedAt'),
      cell: ({ row }) => formatDateTime(row.original.closedAt),
    },
    {
      id: 'department',
      header: t('invoicing.history.columns.department'),
      cell: ({ row }) => row.original.departmentName,
    },
    {
      id: 'total',
      header: t('invoicing.history.columns.total'),
      meta: { numeric: true },
      cell: ({ row }) => formatNok(row.original.total),
    },
  ];
  if (canSend) {
    columns.push({
      id: 'actions',
      header: t('invoicing.columns.actions'),
      cell: ({ row }) =>
        row.original.powerOffice.status === 'failed' ? <RetryOrder order={row.original} /> : null,
    });
  }
  return (
    <DataTable
      label={t('invoicing.orderHistory')}
      columns={columns}
      data={orders.data}
      getRowId={(o) => o.id}
    />
  );
}

function RetryOrder({ order }: { order: CustomerOrder }) {
  const { t } = useCustomersTranslation();
  const send = useSendOrder();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-label={t('invoicing.history.retryLabel', { order: order.posId })}
        disabled={send.isPending}
        onClick={() => send.mutate(order.id)}
      >
        {send.isPending ? t('invoicing.order.sending') : t('failures.retry')}
      </button>
      {send.isError && <ErrorAlert error={send.error} />}
    </>
  );
}
