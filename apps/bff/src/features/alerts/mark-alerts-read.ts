import { alertListSchema, markAlertsReadBodySchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { markRead } from '../../services/alerts/user-alerts';

const markAlertsReadRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/alerts/read',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['alerts'],
        summary: 'Mark alerts read for the user: `{ ids }`, or `{ all: true }` for every one in the bell',
        body: markAlertsReadBodySchema,
        response: { 200: alertListSchema, 400: problemSchema, 401: problemSchema },
      },
    },
    async (request) => markRead(app.db, currentUser(request), request.body),
  );
};

export default markAlertsReadRoute;
