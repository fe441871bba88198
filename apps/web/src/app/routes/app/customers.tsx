import {
  CustomersTable,
  customersQueryOptions,
  ProductLinks,
  useCustomersTranslation,
} from '@/features/customers';
import { useMe } from '@/features/auth';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('customers', (queryClient) =>
  queryClient.ensureQueryData(customersQueryOptions()),
);

function CustomersPage() {
  const { t } = useCustomersTranslation();
  const { data: user } = useMe();
  const isOwner = user?.role === 'owner';
  return (
    <article className="page">
      <h1>{t('invoicing.title')}</h1>
      <p className="page__lead">{t('invoicing.lead')}</p>
      <CustomersTable canLink={isOwner} />
      {isOwner && <ProductLinks />}
    </article>
  );
}

export function Component() {
  return (
    <AreaGuard area="customers">
      <CustomersPage />
    </AreaGuard>
  );
}
