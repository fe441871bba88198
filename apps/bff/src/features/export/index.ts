import type { FastifyPluginAsync } from 'fastify';
import { AutoExportScheduler } from './auto-export';
import createTransferRoute from './create-transfer';
import getExportDocumentRoute from './get-export-document';
import getExportFilesRoute from './get-export-files';
import getExportHistoryRoute from './get-export-history';
import getExportPreviewRoute from './get-export-preview';
import getTransferRoute from './get-transfer';
import { registerExportJobs } from './jobs';
import postCorrectionRoute from './post-correction';
import reverseDayRoute from './reverse-day';
import { TransferRunner } from './transfer-runner';

/**
 * Eksport: preview, transfers (background jobs), history, reversal and correction, and the
 * automatic export. Jobs start when the app is ready (picking up transfers a restart interrupted)
 * and stop gracefully when it closes.
 */
const exportFeature: FastifyPluginAsync = async (app) => {
  const runner = new TransferRunner(app);
  const scheduler = new AutoExportScheduler(app, runner);
  registerExportJobs(app, { runner, scheduler });

  app.addHook('onReady', async () => {
    await runner.resumeAll();
    runner.startPolling(app.config.transferPollMs);
    scheduler.start();
  });
  app.addHook('onClose', async () => {
    scheduler.stop();
    await runner.stop();
  });

  await app.register(getExportPreviewRoute);
  await app.register(createTransferRoute);
  await app.register(getTransferRoute);
  await app.register(getExportHistoryRoute);
  await app.register(reverseDayRoute);
  await app.register(postCorrectionRoute);
  await app.register(getExportDocumentRoute);
  await app.register(getExportFilesRoute);
};

export default exportFeature;
