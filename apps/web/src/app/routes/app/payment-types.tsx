import { paymentTypesQueryOptions, PaymentTypesView } from '@/features/payment-types';
import { createMappingLoader, MappingPage } from './account-mapping-page';

export const createLoader = createMappingLoader('paymentTypes', (client) => [
  client.prefetchQuery(paymentTypesQueryOptions(undefined)),
]);

export function Component() {
  return <MappingPage area="paymentTypes" View={PaymentTypesView} />;
}
