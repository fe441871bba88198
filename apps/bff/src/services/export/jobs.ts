import type { FastifyInstance } from 'fastify';
import type { Server } from 'node:http';
import type { AutoExportScheduler } from './auto-export';
import type { TransferRunner } from './transfer-runner';

export interface ExportJobs {
  runner: TransferRunner;
  scheduler: AutoExportScheduler;
}

// Keyed by the HTTP server, which every encapsulated instance of one app shares: routes deep in the
// feature and tests holding the root instance reach the same jobs.
const jobsByServer = new WeakMap<Server, ExportJobs>();

export function registerExportJobs(app: FastifyInstance, jobs: ExportJobs): void {
  jobsByServer.set(app.server, jobs);
}

/** The export's background jobs of this app: the transfer runner and the automatic export. */
export function exportJobs(app: FastifyInstance): ExportJobs {
  const jobs = jobsByServer.get(app.server);
  if (!jobs) throw new Error('the export feature is not registered');
  return jobs;
}
