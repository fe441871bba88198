import { Link, useParams } from 'react-router';
import { OrderHistory, useCustomers, useCustomersTranslation } from '@/features/customers';
import { useMe } from '@/features/auth';
import { paths } from '@/config/paths';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('customers');

function CustomerOrdersPage() {
  const { t } = useCustomersTranslation();
  const { customerId = '' } = useParams();
  const customers = useCustomers();
  const { data: user } = useMe();
  const name = customers.data?.find((c) => c.id === customerId)?.name ?? '';
  return (
    <article className="page">
      <p>
        <Link to={paths.customers}>{t('invoicing.history.back')}</Link>
      </p>
      <h1>{t('invoicing.history.title', { name })}</h1>
      <OrderHistory customerId={customerId} canSend={user?.role === 'owner' || user?.role === 'accountant'} />
    </article>
  );
}

export function Component() {
  return (
    <AreaGuard area="customers">
      <CustomerOrdersPage />
    </AreaGuard>
  );
}
