import { clearingSettingsSchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { listClearingPaymentTypes } from '../../services/reconciliation/clearing-units';

const listClearingSettingsRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reconciliation/settings',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['reconciliation'],
        summary:
          'Per payment type on a clearing account: banking days before a day is flagged, and the fee tolerance',
        response: { 200: clearingSettingsSchema, 403: problemSchema },
      },
    },
    async (request) => ({ items: await listClearingPaymentTypes(app.db, currentUser(request).companyId) }),
  );
};

export default listClearingSettingsRoute;
