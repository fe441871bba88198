export { productTypesQueryOptions } from './api/product-types';
export { ProductTypesView } from './components/product-types-view';
