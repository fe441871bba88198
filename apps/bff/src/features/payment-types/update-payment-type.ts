import {
  mappingIdParamsSchema,
  paymentTypeBodySchema,
  paymentTypeSchema,
  problemSchema,
  setupStatusQuerySchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { updateCompanyMapping } from '../../services/mappings/company-mapping';
import { MAPPING_WRITE_ROLES } from '../../services/mappings/mapping-context';
import { paymentTypeMapping } from './payment-type-mapping';

/*
 * A card or Vipps payment on a bank account, or Kreditt transferred while invoicing is on, is saved
 * with a warning (the answer's `problems`), not refused: the owner may know better, and the export
 * refuses to post Kreditt twice anyway.
 */
const updatePaymentTypeRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/payment-types/:id',
    {
      config: { roles: MAPPING_WRITE_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Change a payment type: kind, ledger account, transfer to accounting',
        params: mappingIdParamsSchema,
        querystring: setupStatusQuerySchema,
        body: paymentTypeBodySchema,
        response: {
          200: paymentTypeSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) =>
      updateCompanyMapping(
        app,
        currentUser(request),
        paymentTypeMapping,
        request.params.id,
        request.body,
        request.query.departmentId,
      ),
  );
};

export default updatePaymentTypeRoute;
