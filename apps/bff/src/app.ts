import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config/config';
import { refuseDemoLoginsInProduction } from './demo/production-guard';
import { seedDemoIfEmpty, type DemoSeedStep } from './demo/seed';
import { demoSteps } from './demo/steps';
import operationsFeature from './features/operations/index';
import type { SessionContext } from './lib/sessions';
import accessPlugin from './plugins/app/access';
import dbPlugin from './plugins/app/db';
import errorHandlerPlugin, { frameworkErrorHandler } from './plugins/app/error-handler';
import textGuardPlugin from './plugins/app/text-guard';
import lifecyclePlugin from './plugins/app/lifecycle';
import metricsPlugin from './plugins/app/metrics';
import cookiePlugin from './plugins/external/cookie';
import helmetPlugin from './plugins/external/helmet';
import rateLimitPlugin from './plugins/external/rate-limit';
import staticPlugin from './plugins/external/static';
import swaggerPlugin from './plugins/external/swagger';
import alertsPlugin from './services/alerts/alerts-plugin';
import exportJobsPlugin from './services/export/jobs';
import salesOrderWorkerPlugin from './services/invoicing/worker-plugin';
import powerOfficePlugin from './services/poweroffice/poweroffice-plugin';
import apiRoutes from './routes';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface BuildAppOptions {
  config: Config;
  /** Fastify logger options; false silences (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Demo steps after the foundation (default: all of demo/steps.ts); tests pick what they need. */
  demoSteps?: readonly DemoSeedStep[];
}

/** Keeps credentials out of logs, wherever they appear in a logged object. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  'clientKey',
  '*.password',
  '*.clientKey',
  '*.*.password',
  '*.*.clientKey',
];

/** Builds the whole app without listening (server.ts listens; tests use app.inject). */
export async function buildApp({ config, logger, demoSteps: steps = demoSteps }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } },
    // Ids in URLs are uuids; anything longer is noise.
    routerOptions: { maxParamLength: 200 },
    // A path Fastify cannot decode is answered as problem details too.
    frameworkErrors: frameworkErrorHandler,
    // Behind a TLS proxy: believe its X-Forwarded-For/-Proto, so request.ip (the login rate limit's
    // bucket) is the client's address, not the proxy's.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? ((hops: number) => (_address: string, hop: number) => hop < hops)(config.trustProxy)
        : config.trustProxy,
  });
  for (const warning of config.warnings) app.log.warn(warning);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);

  await app.register(errorHandlerPlugin, { spaIndex: config.webDistDir !== undefined });
  await app.register(textGuardPlugin);
  await app.register(cookiePlugin);
  await app.register(helmetPlugin);
  await app.register(rateLimitPlugin);
  await app.register(swaggerPlugin);
  await app.register(lifecyclePlugin);
  await app.register(dbPlugin, { databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await app.register(metricsPlugin);
  await app.register(powerOfficePlugin);
  await app.register(salesOrderWorkerPlugin);
  await app.register(exportJobsPlugin);
  await app.register(alertsPlugin);

  const sessions: SessionContext = {
    db: app.db,
    sessionSecret: config.sessionSecret,
    secureCookies: config.isProduction,
    idleMs: config.sessions.idleMs,
    maxAgeMs: config.sessions.maxAgeMs,
  };
  await app.register(accessPlugin, sessions);
  await app.register(apiRoutes, { prefix: '/api', sessions });
  await app.register(operationsFeature);
  if (config.webDistDir) await app.register(staticPlugin, { root: config.webDistDir });

  if (config.demoSeed) await seedDemoIfEmpty(app.db, { info: (m) => app.log.info(m) }, steps);
  if (config.isProduction) {
    try {
      await refuseDemoLoginsInProduction(app.db);
    } catch (error) {
      await app.close();
      throw error;
    }
  }
  return app;
}
