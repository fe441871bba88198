import { findUserByEmail } from '@qo/db';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config/config';
import { StartupRefused } from './demo/production-guard';
import { DEMO_USERS, demoLoginsText } from './demo/seed';

/** Starts the BFF: validated config, migrations and demo seed (in buildApp), then listen. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await buildApp({ config });
  const closeAndExit = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', closeAndExit);
  process.once('SIGTERM', closeAndExit);

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const demoUser = DEMO_USERS[0] && (await findUserByEmail(app.db, DEMO_USERS[0].email));
  console.log(demoUser ? demoLoginsText(url) : `Quickorder ⇄ PowerOffice GO backoffice: ${url}`);
  if (!config.webDistDir) console.log(`  (no WEB_DIST_DIR: API only; docs at ${url}/api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupRefused ? error.message : error);
  process.exit(1);
});
