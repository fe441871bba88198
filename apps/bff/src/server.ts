import { findUserByEmail } from '@qo/db';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config/config';
import { runDemoBookkeeping, shouldRunDemoBookkeeping } from './demo/bookkeeping';
import { StartupRefused } from './demo/production-guard';
import { DEMO_USERS, demoLoginsText } from './demo/seed';
import { loggerOptions } from './logging';
import { shutDownGracefully } from './shutdown';

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
  const app = await buildApp({ config, logger: loggerOptions(config) });
  let shutdownAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shutdownAt !== undefined) {
      // Ctrl+C reaches every process of the group and wrappers (npm start, pnpm) forward it too:
      // the same signal arriving twice at once is not a person asking again.
      if (Date.now() - shutdownAt < 2_000) return;
      app.log.warn({ signal }, 'second signal: exiting without finishing the work in progress');
      process.exit(1);
    }
    shutdownAt = Date.now();
    shutDownGracefully(app, config.shutdownDrainMs).then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'graceful shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const demoUser = DEMO_USERS[0] && (await findUserByEmail(app.db, DEMO_USERS[0].email));
  console.log(demoUser ? demoLoginsText(url) : `Quickorder ⇄ PowerOffice GO backoffice: ${url}`);
  if (!config.webDistDir) console.log(`  (no WEB_DIST_DIR: API only; docs at ${url}/api/docs)`);
  console.log(
    config.mail.smtpUrl
      ? `  E-mail alerts: sent through ${app.alerts.mailer.description}`
      : `  E-mail alerts: no SMTP_URL set, so each message is written as an .eml file to ${config.mail.outboxDir}`,
  );
  if (await shouldRunDemoBookkeeping(app)) {
    console.log(
      '  Demo: connecting Sentrum, transferring last month and booking its settlements in the background …',
    );
    const log = app.log.child({ module: 'demo' });
    runDemoBookkeeping(app, { info: (m) => log.info(m), warn: (m) => log.warn(m) }).catch((error: unknown) =>
      log.warn({ err: error }, 'demo bookkeeping failed; the demo works, Avstemming has less to show'),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupRefused ? error.message : error);
  process.exit(1);
});
