export { paymentTypeKeys, paymentTypesQueryOptions, usePaymentTypes, useSavePaymentType } from './api';
export { PaymentTypesView } from './components/payment-types-view';
