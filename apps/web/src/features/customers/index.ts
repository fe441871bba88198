export { customersQueryOptions, useCustomers } from './api/get-customers';
export { CustomersTable } from './components/customers-table';
export { OrderHistory } from './components/order-history';
export { OrderDetails } from './components/order-details';
export { ProductLinks } from './components/product-links';
export { useCustomersTranslation } from './locales';
