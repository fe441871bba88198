import { Link } from 'react-router';
import { customerOrdersPath } from '@/config/paths';
import { formatDateTime, formatNok } from '@/lib/format';
import { ErrorAlert } from '@/components/errors/error-alert';
import { FailureMessage } from '@/components/errors/failure-message';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useOrder } from '../api/get-order';
import { useSendOrder } from '../api/send-order';
import { InvoiceStatusBadge } from './invoice-status-badge';
import { useCustomersTranslation } from '../locales';

/** Order details: PowerOffice status, when sent, order number, PowerOffice's error; lines and payments. */
export function OrderDetails({ orderId, canSend }: { orderId: string; canSend: boolean }) {
  const { t } = useCustomersTranslation();
  const order = useOrder(orderId);
  const send = useSendOrder();
  if (order.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (order.isError) {
    // A wrong or old link: say so and lead back, rather than leave a dead end.
    const notFound = isApiError(order.error) && order.error.status === 404;
    return (
      <article className="page">
        <h1>{notFound ? t('invoicing.order.notFoundTitle') : t('invoicing.order.loadFailedTitle')}</h1>
        {notFound ? (
          <p className="alert alert--error">{t('invoicing.order.notFound')}</p>
        ) : (
          <ErrorAlert error={order.error} />
        )}
        <p>
          <Link to={paths.customers}>{t('invoicing.order.toCustomers')}</Link>
        </p>
      </article>
    );
  }
  const o = order.data;
  const po = o.powerOffice;
  const resendable =
    po.status === 'failed' ||
    po.status === 'not_linked' ||
    po.status === 'pending' ||
    (po.status === 'not_applicable' && o.payments.some((p) => p.kind === 'credit') && o.customer !== null);

  return (
    <article className="page">
      <p>{o.customer && <Link to={customerOrdersPath(o.customer.id)}>{t('invoicing.order.back')}</Link>}</p>
      <h1>{t('invoicing.order.title', { order: o.posId })}</h1>
      <p className="page__lead">
        {[o.customer?.name, o.departmentName, formatDateTime(o.closedAt), formatNok(o.total)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <section className="card" aria-labelledby="po-status">
        <h2 id="po-status">{t('invoicing.order.status')}</h2>
        <dl>
          <dt>{t('invoicing.order.status')}</dt>
          <dd>
            <InvoiceStatusBadge status={po.status} />
          </dd>
          {po.sentAt && (
            <>
              <dt>{t('invoicing.order.sentAt')}</dt>
              <dd>{formatDateTime(po.sentAt)}</dd>
            </>
          )}
          {po.orderNo !== null && (
            <>
              <dt>{t('invoicing.order.orderNo')}</dt>
              <dd data-testid="poweroffice-order-no">{po.orderNo}</dd>
            </>
          )}
          {po.error && (
            <>
              <dt>{t('invoicing.order.error')}</dt>
              <dd>
                <div role="status">
                  <FailureMessage failure={po.failure} message={po.error} />
                </div>
              </dd>
            </>
          )}
          {po.status === 'pending' && po.nextAttemptAt && (
            <>
              <dt>{t('invoicing.order.nextAttempt')}</dt>
              <dd>
                {formatDateTime(po.nextAttemptAt)} ({t('invoicing.order.attempts')}: {po.attempts})
              </dd>
            </>
          )}
          {po.reference && (
            <>
              <dt>{t('invoicing.order.reference')}</dt>
              <dd>
                <code>{po.reference}</code>
              </dd>
            </>
          )}
        </dl>
        {canSend && resendable && (
          <button
            type="button"
            className="button button--primary"
            disabled={send.isPending}
            onClick={() => send.mutate(o.id)}
          >
            {send.isPending
              ? t('invoicing.order.sending')
              : po.status === 'failed'
                ? t('invoicing.order.retry')
                : t('invoicing.order.sendAgain')}
          </button>
        )}
        {send.isError && <ErrorAlert error={send.error} />}
      </section>
      <section className="card" aria-labelledby="order-lines">
        <h2 id="order-lines">{t('invoicing.order.lines')}</h2>
        <TableScroll label={t('invoicing.order.lines')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('invoicing.order.columns.description')}</th>
                <th scope="col">{t('invoicing.order.columns.productType')}</th>
                <th scope="col">{t('invoicing.order.columns.quantity')}</th>
                <th scope="col">{t('invoicing.order.columns.unitPrice')}</th>
                <th scope="col">{t('invoicing.order.columns.discount')}</th>
                <th scope="col">{t('invoicing.order.columns.vat')}</th>
                <th scope="col">{t('invoicing.order.columns.total')}</th>
              </tr>
            </thead>
            <tbody>
              {o.lines.map((line, i) => (
                <tr key={i}>
                  <th scope="row">{line.description}</th>
                  <td>{line.productTypeName ?? '–'}</td>
                  <td>{line.quantity}</td>
                  <td>{formatNok(line.unitPrice)}</td>
                  <td>{line.discount ? formatNok(line.discount) : '–'}</td>
                  <td>{line.vatRate} %</td>
                  <td>{formatNok(line.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="card" aria-labelledby="order-payments">
        <h2 id="order-payments">{t('invoicing.order.payments')}</h2>
        <TableScroll label={t('invoicing.order.payments')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('invoicing.order.columns.payment')}</th>
                <th scope="col">{t('invoicing.order.columns.amount')}</th>
                <th scope="col">{t('invoicing.order.columns.tip')}</th>
              </tr>
            </thead>
            <tbody>
              {o.payments.map((p, i) => (
                <tr key={i}>
                  <th scope="row">{p.name ?? p.paymentTypeId}</th>
                  <td>{formatNok(p.amount)}</td>
                  <td>{p.tip ? formatNok(p.tip) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </article>
  );
}
