import type { FastifyPluginAsync } from 'fastify';
import createProductTypeRoute from './create-product-type';
import listProductTypesRoute from './list-product-types';
import updateProductTypeRoute from './update-product-type';

/** Produkttyper: revenue accounts per product type, `/api/product-types`. */
const productTypesFeature: FastifyPluginAsync = async (app) => {
  await app.register(listProductTypesRoute);
  await app.register(createProductTypeRoute);
  await app.register(updateProductTypeRoute);
};

export default productTypesFeature;
