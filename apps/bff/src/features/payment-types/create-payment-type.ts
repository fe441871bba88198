import { paymentTypeBodySchema, paymentTypeSchema, problemSchema, setupStatusQuerySchema } from '@qo/contracts';
import { insertPaymentType, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { isInvoicingOn } from '../setup/invoicing';
import { changedFields, chartFor, MAPPING_WRITE_ROLES, refuseInvalidMapping } from '../setup/mapping-context';
import { paymentTypeProblems } from '../setup/mapping-rules';
import { auditedPaymentType, toPaymentType } from './to-payment-type';

const createPaymentTypeRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/payment-types',
    {
      config: { roles: MAPPING_WRITE_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Add a payment type',
        querystring: setupStatusQuerySchema,
        body: paymentTypeBodySchema,
        response: { 201: paymentTypeSchema, 400: problemSchema, 403: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const body = request.body;
      const [chart, invoicingOn] = await Promise.all([chartFor(app, user.companyId, request.query.departmentId), isInvoicingOn(app.db, user.companyId)]);
      refuseInvalidMapping(paymentTypeProblems(body, chart, invoicingOn), chart, changedFields(undefined, body, ['accountNo']));
      const row = await insertPaymentType(app.db, user.companyId, body);
      await writeAudit(app.db, { companyId: user.companyId, userId: user.id, entity: 'payment_type', entityId: row.id, action: 'create', new: auditedPaymentType(row) });
      return reply.code(201).send(toPaymentType(row, chart, invoicingOn));
    },
  );
};

export default createPaymentTypeRoute;
