import {
  exportDepartmentParamsSchema,
  problemSchema,
  reconciliationQuerySchema,
  reconciliationSchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { buildReconciliation } from '../../services/reconciliation/reconcile';

const getReconciliationRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments/:id/reconciliation',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['reconciliation'],
        summary:
          'Avstemming: per clearing account and business day, what the voucher debited, what PowerOffice GO has ' +
          'credited against it, the fee and what is open (read from PowerOffice, kept until refresh=true)',
        params: exportDepartmentParamsSchema,
        querystring: reconciliationQuerySchema,
        response: {
          200: reconciliationSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
          429: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { from, to, refresh } = request.query;
      const result = await buildReconciliation(app, user.companyId, request.params.id, from, to, {
        refresh,
        role: user.role,
      });
      return result!;
    },
  );
};

export default getReconciliationRoute;
