export { paymentTypesQueryOptions } from './api/payment-types';
export { PaymentTypesView } from './components/payment-types-view';
