import { loginBodySchema, meResponseSchema, problemSchema } from '@qo/contracts';
import { findCompanyName, findUserByEmail, normalizeEmail, recordFailedLogin, recordSuccessfulLogin } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error';
import { AttemptThrottle } from '../../lib/login-throttle';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../lib/passwords';
import { startSession, type SessionContext } from '../../lib/sessions';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

function lockedError(lockedUntil: string): AppError {
  const seconds = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - Date.now()) / 1000));
  return new AppError(
    'account_locked',
    `For mange mislykkede innlogginger. Kontoen er låst i ${Math.ceil(seconds / 60)} minutter.`,
    { headers: { 'retry-after': String(seconds) } },
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
      if (user?.locked_until && user.locked_until > new Date().toISOString()) throw lockedError(user.locked_until);

      const ok = await verifyPassword(request.body.password, user?.password_hash ?? DUMMY_PASSWORD_HASH);
      if (!user || !ok) {
        if (user) {
          const state = await recordFailedLogin(app.db, user.id, { maxFailures: MAX_FAILED_LOGINS, lockMs: LOCKOUT_MS });
          if (state.lockedUntil) throw lockedError(state.lockedUntil);
        }
        throw new AppError('invalid_credentials', 'Feil e-post eller passord');
      }

      await recordSuccessfulLogin(app.db, user.id);
      await startSession(ctx, reply, user.id);
      const companyName = await findCompanyName(app.db, user.company_id);
      return { user: { id: user.id, email: user.email, name: user.name, role: user.role, companyId: user.company_id, companyName } };
    },
  );
};

export default loginRoute;
