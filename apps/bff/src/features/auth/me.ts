import { meResponseSchema, problemSchema } from '@qo/contracts';
import { findCompanyName } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_COOKIE, setCsrfCookie, type SessionContext } from '../../lib/sessions';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';

const meRoute: FastifyPluginAsyncZod<SessionContext> = async (app, ctx) => {
  app.get(
    '/me',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user; (re)sets the CSRF cookie',
        response: { 200: meResponseSchema, 401: problemSchema },
      },
    },
    async (request, reply) => {
      const sessionId = request.cookies[SESSION_COOKIE];
      // The SPA may have lost the readable cookie (cleared storage); hand it out again.
      if (sessionId) setCsrfCookie(ctx, reply, sessionId);
      const user = currentUser(request);
      return { user: { ...user, companyName: await findCompanyName(app.db, user.companyId) } };
    },
  );
};

export default meRoute;
