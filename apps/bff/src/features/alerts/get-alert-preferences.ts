import { alertPreferencesSchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { getPreferences } from '../../services/alerts/user-alerts';

const getAlertPreferencesRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/alerts/preferences',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['alerts'],
        summary: "The user's alert e-mails: which kinds, at once or a daily digest, in which language",
        response: { 200: alertPreferencesSchema, 401: problemSchema },
      },
    },
    async (request) => getPreferences(app.db, currentUser(request), app.config.alerts.digestHour),
  );
};

export default getAlertPreferencesRoute;
