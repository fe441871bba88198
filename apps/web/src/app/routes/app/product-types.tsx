import { productTypesQueryOptions, ProductTypesView } from '@/features/product-types';
import { AccountMappingPage, createAccountMappingLoader } from './account-mapping-page';

export const createLoader = createAccountMappingLoader('productTypes', productTypesQueryOptions(undefined));

export function Component() {
  return <AccountMappingPage area="productTypes" View={ProductTypesView} />;
}
