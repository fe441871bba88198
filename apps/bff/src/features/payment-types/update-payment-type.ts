import { mappingIdParamsSchema, paymentTypeBodySchema, paymentTypeSchema, problemSchema, setupStatusQuerySchema } from '@qo/contracts';
import { findPaymentType, updatePaymentType, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { isInvoicingOn } from '../setup/invoicing';
import { changedFields, chartFor, MAPPING_WRITE_ROLES, refuseInvalidMapping } from '../setup/mapping-context';
import { paymentTypeProblems } from '../setup/mapping-rules';
import { auditedPaymentType, toPaymentType } from './to-payment-type';

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
        response: { 200: paymentTypeSchema, 400: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const before = auditedPaymentType(foundOr404(await findPaymentType(app.db, user.companyId, request.params.id), 'Betalingstypen'));
      const body = request.body;
      const [chart, invoicingOn] = await Promise.all([chartFor(app, user.companyId, request.query.departmentId), isInvoicingOn(app.db, user.companyId)]);
      refuseInvalidMapping(paymentTypeProblems(body, chart, invoicingOn), chart, changedFields(before, body, ['accountNo']));
      const after = foundOr404(await updatePaymentType(app.db, user.companyId, request.params.id, body), 'Betalingstypen');
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'payment_type',
        entityId: after.id,
        action: 'update',
        old: before,
        new: auditedPaymentType(after),
      });
      return toPaymentType(after, chart, invoicingOn);
    },
  );
};

export default updatePaymentTypeRoute;
