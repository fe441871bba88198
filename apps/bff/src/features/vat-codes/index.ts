import type { FastifyPluginAsync } from 'fastify';
import listVatCodesRoute from './list-vat-codes';
import updateVatCodeRoute from './update-vat-code';

/** Momskoder: the PowerOffice VAT code per POS rate, `/api/vat-codes`. */
const vatCodesFeature: FastifyPluginAsync = async (app) => {
  await app.register(listVatCodesRoute);
  await app.register(updateVatCodeRoute);
};

export default vatCodesFeature;
