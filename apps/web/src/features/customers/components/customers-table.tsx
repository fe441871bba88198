import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { customerOrdersPath } from '@/config/paths';
import { TableScroll } from '@/components/ui/table-scroll';
import { notify } from '@/components/ui/toast';
import { getErrorMessage } from '@/lib/problem-message';
import { formatDateTime } from '@/lib/format';
import { useCustomers } from '../api/get-customers';
import { usePowerOfficeCustomers, useRefreshPowerOfficeCustomers } from '../api/get-poweroffice-customers';
import { useLinkCustomer } from '../api/link-customer';
import { CustomerLinkPicker } from './customer-link-picker';
import { useCustomersTranslation } from '../locales';

/** Kunder: every POS customer with its link; owners link, change and unlink. */
export function CustomersTable({ canLink }: { canLink: boolean }) {
  const { t } = useCustomersTranslation();
  const customers = useCustomers();
  const [editing, setEditing] = useState<string | null>(null);
  const powerOffice = usePowerOfficeCustomers(canLink);
  const refresh = useRefreshPowerOfficeCustomers();
  const unlink = useLinkCustomer();
  // After a link, an unlink or a cancel the customer's row takes the focus (the form or button is gone).
  const focusRow = (customerId: string) =>
    setTimeout(() => document.getElementById(`customer-${customerId}`)?.focus(), 0);

  if (customers.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (customers.isError) {
    return (
      <p className="alert alert--error" role="alert">
        {t('invoicing.loadError')} {getErrorMessage(customers.error, t)}
      </p>
    );
  }
  if (customers.data.length === 0) return <p className="muted">{t('invoicing.empty')}</p>;

  return (
    <>
      {canLink && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => refresh.mutate()}
            disabled={refresh.isPending}
          >
            {t('invoicing.refresh')}
          </button>{' '}
          {powerOffice.data && (
            <span className="muted">
              {t('invoicing.fetchedAt', { at: formatDateTime(powerOffice.data.fetchedAt) })}
            </span>
          )}
          {powerOffice.isError && (
            <span className="alert alert--error" role="alert">
              {getErrorMessage(powerOffice.error, t)}
            </span>
          )}
        </p>
      )}
      {unlink.isError && (
        <p className="alert alert--error" role="alert">
          {getErrorMessage(unlink.error, t)}
        </p>
      )}
      <TableScroll label={t('invoicing.title')}>
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">{t('invoicing.columns.name')}</th>
              <th scope="col">{t('invoicing.columns.orgNo')}</th>
              <th scope="col">{t('invoicing.columns.powerOffice')}</th>
              <th scope="col">{t('invoicing.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {customers.data.map((customer) => (
              <Fragment key={customer.id}>
                <tr>
                  <th scope="row" id={`customer-${customer.id}`} tabIndex={-1}>
                    {customer.name}
                  </th>
                  <td data-label={t('invoicing.columns.orgNo')}>{customer.orgNo ?? '–'}</td>
                  <td data-label={t('invoicing.columns.powerOffice')}>
                    {customer.powerOfficeCustomer ? (
                      <>
                        <span className="badge badge--connected">{t('invoicing.linked')}</span>{' '}
                        {[customer.powerOfficeCustomer.number, customer.powerOfficeCustomer.name]
                          .filter(Boolean)
                          .join(' · ')}
                      </>
                    ) : (
                      <span className="badge">{t('invoicing.notLinked')}</span>
                    )}
                  </td>
                  <td data-label={t('invoicing.columns.actions')}>
                    <Link
                      className="button"
                      to={customerOrdersPath(customer.id)}
                      aria-label={`${t('invoicing.orderHistory')}: ${customer.name}`}
                    >
                      {t('invoicing.orderHistory')}
                    </Link>{' '}
                    {canLink && (
                      <>
                        <button
                          type="button"
                          className="button"
                          aria-label={`${customer.powerOfficeCustomer ? t('invoicing.change') : t('invoicing.edit')}: ${customer.name}`}
                          onClick={() => setEditing(editing === customer.id ? null : customer.id)}
                        >
                          {customer.powerOfficeCustomer ? t('invoicing.change') : t('invoicing.edit')}
                        </button>{' '}
                        {customer.powerOfficeCustomer && (
                          <button
                            type="button"
                            className="button"
                            aria-label={`${t('invoicing.unlink')}: ${customer.name}`}
                            disabled={unlink.isPending}
                            onClick={() =>
                              unlink.mutate(
                                { customerId: customer.id, powerOfficeCustomerId: null },
                                {
                                  onSuccess: () => {
                                    notify.success(t('invoicing.unlinkedToast', { name: customer.name }));
                                    focusRow(customer.id);
                                  },
                                },
                              )
                            }
                          >
                            {t('invoicing.unlink')}
                          </button>
                        )}
                      </>
                    )}
                  </td>
                </tr>
                {editing === customer.id && (
                  <tr>
                    <td colSpan={4}>
                      {powerOffice.isPending ? (
                        <p className="muted">{t('app.loading')}</p>
                      ) : (
                        <CustomerLinkPicker
                          customerId={customer.id}
                          customerName={customer.name}
                          customerOrgNo={customer.orgNo}
                          options={powerOffice.data?.items ?? []}
                          onDone={() => {
                            setEditing(null);
                            focusRow(customer.id);
                          }}
                        />
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
