import { productTypesQueryOptions, ProductTypesView } from '@/features/product-types';
import { createMappingLoader, MappingPage } from './account-mapping-page';

export const createLoader = createMappingLoader('productTypes', (client) => [
  client.prefetchQuery(productTypesQueryOptions(undefined)),
]);

export function Component() {
  return <MappingPage area="productTypes" View={ProductTypesView} />;
}
