import { paymentTypesQueryOptions, PaymentTypesView } from '@/features/payment-types';
import { AccountMappingPage, createAccountMappingLoader } from './account-mapping-page';

export const createLoader = createAccountMappingLoader('paymentTypes', paymentTypesQueryOptions(undefined));

export function Component() {
  return <AccountMappingPage area="paymentTypes" View={PaymentTypesView} />;
}
