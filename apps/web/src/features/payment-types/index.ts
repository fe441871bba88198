export { paymentTypeKeys, paymentTypesQueryOptions, usePaymentTypes, useSavePaymentType } from './api/payment-types';
export { PaymentTypesView } from './components/payment-types-view';
