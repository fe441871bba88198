import type { FastifyPluginAsync } from 'fastify';
import createPaymentTypeRoute from './create-payment-type';
import listPaymentTypesRoute from './list-payment-types';
import updatePaymentTypeRoute from './update-payment-type';

/** Betalingstyper: ledger account and transfer switch per payment type, `/api/payment-types`. */
const paymentTypesFeature: FastifyPluginAsync = async (app) => {
  await app.register(listPaymentTypesRoute);
  await app.register(createPaymentTypeRoute);
  await app.register(updatePaymentTypeRoute);
};

export default paymentTypesFeature;
