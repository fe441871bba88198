import type { FastifyInstance } from 'fastify';

/**
 * Stops taking work and finishes or hands back every claim this process holds, so another
 * instance can carry on at once instead of waiting for a lease to run out. The one place that
 * knows every kind of claim: a new kind of claim is released here.
 *
 * - /readyz turns unready (load balancers stop sending traffic);
 * - the automatic export stops ticking and the transfer runner stops looking for transfers;
 * - each running transfer finishes the days it is posting (each day's posting claim ends sent or
 *   failed, never left 'sending'), then hands the transfer back (queued, lease cleared) for any
 *   instance to resume;
 * - the sales-order outbox finishes the order it is sending and claims no further one;
 * - the alerts finish the check and the e-mail in progress and start no further one.
 *
 * Idempotent; app.close() runs the same stops through the features' onClose hooks.
 */
export async function stopTakingWork(app: FastifyInstance): Promise<void> {
  app.lifecycle.stopping = true;
  const { runner, scheduler } = app.exportJobs;
  scheduler.stop();
  await Promise.all([runner.stop(), app.salesOrderWorker.stop(), app.alerts.stop()]);
}

/**
 * SIGTERM/SIGINT: stop taking work, keep answering (readyz 503) for at least `drainMs` so load
 * balancers notice, then close the server and the database. A second signal exits at once.
 */
export async function shutDownGracefully(app: FastifyInstance, drainMs: number): Promise<void> {
  app.log.info({ drainMs }, 'shutting down: no new work, finishing or handing back claims');
  await Promise.all([stopTakingWork(app), new Promise((resolve) => setTimeout(resolve, drainMs))]);
  await app.close();
  app.log.info('shut down');
}
