import { alertPreferencesSchema, problemSchema, updateAlertPreferencesBodySchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { updatePreferences } from '../../services/alerts/user-alerts';

const updateAlertPreferencesRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/alerts/preferences',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['alerts'],
        summary: "Save the user's alert e-mail choices; a kind the role is not told of is refused (422)",
        body: updateAlertPreferencesBodySchema,
        response: { 200: alertPreferencesSchema, 400: problemSchema, 401: problemSchema, 422: problemSchema },
      },
    },
    async (request) =>
      updatePreferences(app.db, currentUser(request), request.body, app.config.alerts.digestHour),
  );
};

export default updateAlertPreferencesRoute;
