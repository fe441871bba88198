import { useParams } from 'react-router';
import { OrderDetails } from '@/features/customers';
import { useMe } from '@/features/auth';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('customers');

function OrderPage() {
  const { orderId = '' } = useParams();
  const { data: user } = useMe();
  // Staff read the status; accountants and owners may send again.
  return <OrderDetails orderId={orderId} canSend={user?.role === 'owner' || user?.role === 'accountant'} />;
}

export function Component() {
  return (
    <AreaGuard area="customers">
      <OrderPage />
    </AreaGuard>
  );
}
