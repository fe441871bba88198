import { changePasswordBodySchema, problemSchema } from '@qo/contracts';
import { deleteUserSessions, findUserById, setUserPassword, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { startSession, type SessionContext } from '../../lib/sessions';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';

/**
 * Changes the logged-in user's password. Every session of the user ends (other browsers, and
 * whoever may have taken one over, must log in again); this browser gets a fresh session.
 */
const changePasswordRoute: FastifyPluginAsyncZod<SessionContext> = async (app, ctx) => {
  app.post(
    '/me/password',
    {
      config: { roles: ALL_ROLES, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Change my password; ends every session of mine and starts a new one here',
        body: changePasswordBodySchema,
        response: {
          204: z.null().describe('Changed'),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const user = await findUserById(app.db, me.id);
      if (!user) throw new AppError('unauthenticated', 'Logg inn for å fortsette');
      const { currentPassword, newPassword } = request.body;
      if (!(await verifyPassword(currentPassword, user.password_hash))) {
        throw new AppError('validation_failed', 'Nåværende passord er feil', {
          errors: [
            { path: 'currentPassword', message: 'Nåværende passord er feil; skriv det du logget inn med' },
          ],
        });
      }
      if (newPassword === currentPassword) {
        throw new AppError('validation_failed', 'Det nye passordet er det samme som det gamle', {
          errors: [{ path: 'newPassword', message: 'Velg et annet passord enn det du har nå' }],
        });
      }
      const hash = await hashPassword(newPassword);
      await app.db.transaction().execute(async (trx) => {
        await setUserPassword(trx, user.id, hash);
        await deleteUserSessions(trx, user.id);
        await writeAudit(trx, {
          companyId: user.company_id,
          userId: user.id,
          entity: 'user',
          entityId: user.id,
          action: 'password_changed',
        });
      });
      await startSession(ctx, request, reply, user.id);
      return reply.code(204).send(null);
    },
  );
};

export default changePasswordRoute;
