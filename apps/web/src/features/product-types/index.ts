export { productTypeKeys, productTypesQueryOptions, useProductTypes, useSaveProductType } from './api/product-types';
export { ProductTypesView } from './components/product-types-view';
