import type { FastifyPluginAsync } from 'fastify';
import createTransferRoute from './create-transfer';
import getExportDocumentRoute from './get-export-document';
import getExportFilesRoute from './get-export-files';
import getExportHistoryRoute from './get-export-history';
import getExportPreviewRoute from './get-export-preview';
import getTransferRoute from './get-transfer';
import postCorrectionRoute from './post-correction';
import reverseDayRoute from './reverse-day';

/**
 * Eksport: preview, transfers, history, reversal and correction. The background jobs (transfer
 * runner, automatic export) are the app's `exportJobs` plugin (`src/services/export/jobs.ts`).
 */
const exportFeature: FastifyPluginAsync = async (app) => {
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
