import type { FastifyPluginAsync } from 'fastify';
import type { SessionContext } from '../../lib/sessions';
import changePasswordRoute from './change-password';
import loginRoute from './login';
import logoutRoute from './logout';
import meRoute from './me';

/** Login, logout, the current user and their password (`/api/auth/*`, `/api/me`, `/api/me/password`). */
const authFeature: FastifyPluginAsync<SessionContext> = async (app, ctx) => {
  await app.register(loginRoute, ctx);
  await app.register(logoutRoute, ctx);
  await app.register(meRoute, ctx);
  await app.register(changePasswordRoute, ctx);
};

export default authFeature;
