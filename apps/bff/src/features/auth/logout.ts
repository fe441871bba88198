import { problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { endSession, readSession, type SessionContext } from '../../lib/sessions';
import { isCsrfTokenValid } from '../../plugins/app/access';

/**
 * Public so that logging out twice (or after expiry) is a harmless 204; a live session still
 * needs the CSRF header, so another site cannot log the user out.
 */
const logoutRoute: FastifyPluginAsyncZod<SessionContext> = async (app, ctx) => {
  app.post(
    '/auth/logout',
    {
      config: { roles: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log out; ends the session and clears the cookies',
        response: { 204: z.null().describe('Logged out'), 403: problemSchema },
      },
    },
    async (request, reply) => {
      const session = await readSession(ctx, request);
      if (session && !isCsrfTokenValid(request, session.sessionId, ctx.sessionSecret)) {
        throw new AppError('csrf_failed', 'Mangler eller feil x-csrf-token; last siden på nytt');
      }
      await endSession(ctx, request, reply);
      return reply.code(204).send(null);
    },
  );
};

export default logoutRoute;
