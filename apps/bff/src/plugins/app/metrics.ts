import { countOpenTransfers, countOutboxByStatus, unsentDays } from '@qo/db';
import type { PowerOfficeObserver } from '@qo/poweroffice';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/*
 * Prometheus metrics (prom-client), one registry per app. Counters count what this process did
 * (Prometheus sums them over instances); the backlog gauges are read from the shared database at
 * scrape time, so every instance reports the same backlog.
 */

export interface AppMetrics {
  registry: Registry;
  /** A day's result in a transfer (sent, already_sent, failed, blocked, skipped). */
  dayResult(result: string): void;
  /** Feeds the PowerOffice client's observer hook. */
  powerOfficeObserver: PowerOfficeObserver;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics;
  }
}

export default fp(
  async (app) => {
    const registry = new Registry();
    registry.setDefaultLabels({ app: 'quickorder-bff' });
    collectDefaultMetrics({ register: registry, prefix: 'qo_' });

    const http = new Histogram({
      name: 'qo_http_request_duration_seconds',
      help: 'HTTP requests served, by method, route pattern and status',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, never the raw URL: ids would make a series per request.
      const route = request.routeOptions.url ?? 'unmatched';
      http.observe(
        { method: request.method, route, status_code: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });

    const days = new Counter({
      name: 'qo_export_days_total',
      help: 'Business days handled by transfers in this process, by result (sent = posted to PowerOffice)',
      labelNames: ['result'] as const,
      registers: [registry],
    });
    const poRequests = new Counter({
      name: 'qo_poweroffice_requests_total',
      help: 'HTTP exchanges with PowerOffice GO, each retry included, by operation and outcome (rate_limited = 429)',
      labelNames: ['operation', 'outcome'] as const,
      registers: [registry],
    });
    const poDuration = new Histogram({
      name: 'qo_poweroffice_request_duration_seconds',
      help: 'Duration of HTTP exchanges with PowerOffice GO, by operation',
      labelNames: ['operation'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    });

    const db = app.db;
    new Gauge({
      name: 'qo_sales_order_outbox_depth',
      help: 'Sales orders in the outbox not sent yet, by status (shared database)',
      labelNames: ['status'] as const,
      registers: [registry],
      async collect() {
        const counts = await countOutboxByStatus(db);
        this.reset();
        for (const status of ['pending', 'sending', 'failed', 'not_linked'])
          this.set({ status }, counts[status] ?? 0);
      },
    });
    new Gauge({
      name: 'qo_export_unsent_days',
      help: 'Business days a transfer was asked to send that hold no sent voucher yet (shared database)',
      registers: [registry],
      async collect() {
        this.set((await unsentDays(db)).count);
      },
    });
    new Gauge({
      name: 'qo_export_oldest_unsent_day_timestamp_seconds',
      help: 'Start (00:00 UTC) of the oldest of those days as a Unix time; 0 when there is none. Alert on time() - this',
      registers: [registry],
      async collect() {
        const { oldest } = await unsentDays(db);
        this.set(oldest ? Date.parse(`${oldest}T00:00:00Z`) / 1000 : 0);
      },
    });
    new Gauge({
      name: 'qo_export_open_transfers',
      help: 'Transfers queued or running (shared database)',
      labelNames: ['status'] as const,
      registers: [registry],
      async collect() {
        const counts = await countOpenTransfers(db);
        for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
      },
    });

    app.decorate('metrics', {
      registry,
      dayResult: (result) => days.inc({ result }),
      powerOfficeObserver: ({ operation, outcome, durationMs }) => {
        poRequests.inc({ operation, outcome });
        poDuration.observe({ operation }, durationMs / 1000);
      },
    } satisfies AppMetrics);
  },
  { name: 'metrics', dependencies: ['db'] },
);
