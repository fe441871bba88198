import type { FastifyPluginAsync } from 'fastify';
import type { SessionContext } from '../../lib/sessions';
import loginRoute from './login';
import logoutRoute from './logout';
import meRoute from './me';

/** Login, logout and the current user (`/api/auth/*`, `/api/me`). */
const authFeature: FastifyPluginAsync<SessionContext> = async (app, ctx) => {
  await app.register(loginRoute, ctx);
  await app.register(logoutRoute, ctx);
  await app.register(meRoute, ctx);
};

export default authFeature;
