import type { FastifyPluginAsync } from 'fastify';
import authFeature from './features/auth/index';
import departmentsFeature from './features/departments/index';
import integrationsFeature from './features/integrations/index';
import posFeature from './features/pos/index';
import type { SessionContext } from './lib/sessions';

/**
 * Every feature under /api, one line each. A feature is a folder under features/ whose index
 * registers one file per endpoint; each route declares `config.roles` and its zod schemas.
 */
const apiRoutes: FastifyPluginAsync<{ sessions: SessionContext }> = async (app, { sessions }) => {
  await app.register(authFeature, sessions);
  await app.register(departmentsFeature);
  await app.register(integrationsFeature);
  await app.register(posFeature);
};

export default apiRoutes;
