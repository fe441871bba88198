import { loginBodySchema, meResponseSchema, problemSchema } from '@qo/contracts';
import {
  findCompanyName,
  findUserByEmail,
  normalizeEmail,
  recordFailedLogin,
  recordSuccessfulLogin,
} from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error';
import { AttemptThrottle } from '../../lib/login-throttle';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../lib/passwords';
import { startSession, type SessionContext } from '../../lib/sessions';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/**
 * The one answer to every refused login: wrong password, unknown e-mail and locked account look
 * the same (status, body, headers, and a password hash computed in each case), so the answers do
 * not tell which e-mails have an account. The lockout itself holds: a locked account is refused
 * even with the right password until it runs out.
 */
function refused(): AppError {
  return new AppError(
    'invalid_credentials',
    `Feil e-post eller passord. Etter ${MAX_FAILED_LOGINS} feil på rad stenges innloggingen i ` +
      `${LOCKOUT_MS / 60_000} minutter; vent og prøv igjen, eller be eieren av kontoen om hjelp.`,
  );
}

const loginRoute: FastifyPluginAsyncZod<SessionContext> = async (app, ctx) => {
  const perEmail = new AttemptThrottle(10, 60_000);

  app.post(
    '/auth/login',
    {
      config: { roles: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets the session cookie and the CSRF cookie',
        body: loginBodySchema,
        description:
          'A wrong password, an unknown e-mail and a locked account (5 failures in a row lock it for 15 minutes) ' +
          'all answer the same 401, so the answer does not tell whether an e-mail has an account. Logging in ' +
          'again ends the session the browser had.',
        response: { 200: meResponseSchema, 400: problemSchema, 401: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const wait = perEmail.hit(email);
      if (wait > 0) {
        throw new AppError('rate_limited', 'For mange forsøk. Vent litt og prøv igjen.', {
          headers: { 'retry-after': String(wait) },
        });
      }
      const user = await findUserByEmail(app.db, email);
      const locked = Boolean(user?.locked_until && user.locked_until > new Date().toISOString());
      const ok = await verifyPassword(request.body.password, user?.password_hash ?? DUMMY_PASSWORD_HASH);
      if (!user || locked || !ok) {
        // Attempts while locked do not extend the lock: it runs out LOCKOUT_MS after it began.
        if (user && !locked)
          await recordFailedLogin(app.db, user.id, { maxFailures: MAX_FAILED_LOGINS, lockMs: LOCKOUT_MS });
        throw refused();
      }

      await recordSuccessfulLogin(app.db, user.id);
      await startSession(ctx, request, reply, user.id);
      const companyName = await findCompanyName(app.db, user.company_id);
      return {
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          companyId: user.company_id,
          companyName,
        },
      };
    },
  );
};

export default loginRoute;
