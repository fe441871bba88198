import { paymentTypeSchema, problemSchema, setupStatusQuerySchema } from '@qo/contracts';
import { listPaymentTypes } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/app/access';
import { isInvoicingOn } from '../setup/invoicing';
import { chartFor, MAPPING_READ_ROLES } from '../setup/mapping-context';
import { toPaymentType } from './to-payment-type';

const listPaymentTypesRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/payment-types',
    {
      config: { roles: MAPPING_READ_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Payment types with their ledger accounts, transfer switch and warnings',
        querystring: setupStatusQuerySchema,
        response: { 200: z.array(paymentTypeSchema), 401: problemSchema, 403: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const [rows, chart, invoicingOn] = await Promise.all([
        listPaymentTypes(app.db, companyId),
        chartFor(app, companyId, request.query.departmentId),
        isInvoicingOn(app.db, companyId),
      ]);
      return rows.map((row) => toPaymentType(row, chart, invoicingOn));
    },
  );
};

export default listPaymentTypesRoute;
