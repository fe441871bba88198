import { alertListSchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { listAlertsFor } from '../../services/alerts/user-alerts';

const listAlertsRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/alerts',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['alerts'],
        summary:
          "The bell: open alerts and those solved in the last week, of the kinds the user's role is told of",
        response: { 200: alertListSchema, 401: problemSchema },
      },
    },
    async (request) => listAlertsFor(app.db, currentUser(request)),
  );
};

export default listAlertsRoute;
