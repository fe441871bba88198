import fp from 'fastify-plugin';
import { AutoExportScheduler } from './auto-export';
import { TransferRunner } from './transfer-runner';

export interface ExportJobs {
  runner: TransferRunner;
  scheduler: AutoExportScheduler;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The export's background jobs of this app: the transfer runner and the automatic export. */
    exportJobs: ExportJobs;
  }
}

/**
 * The export's background jobs. They start when the app is ready (picking up transfers a restart
 * interrupted) and stop gracefully when it closes (see `stopTakingWork` in `src/shutdown.ts`).
 */
export default fp(
  async (app) => {
    const runner = new TransferRunner(app);
    const scheduler = new AutoExportScheduler(app, runner);
    app.decorate('exportJobs', { runner, scheduler });

    app.addHook('onReady', async () => {
      await runner.resumeAll();
      runner.startPolling(app.config.transferPollMs);
      scheduler.start();
    });
    app.addHook('onClose', async () => {
      scheduler.stop();
      await runner.stop();
    });
  },
  { name: 'export-jobs', dependencies: ['db', 'lifecycle', 'metrics', 'poweroffice'] },
);
