import {
  claimOutboxRow,
  findOutboxRow,
  finishOutboxRow,
  listDueOutboxIds,
  releaseStuckOutboxRows,
  toDbInstant,
} from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { sendClaimedRow } from './send-sales-order';

export interface SalesOrderWorkerOptions {
  /** The clock for due times and backoff; tests move it instead of waiting. */
  now?: () => Date;
  /** How often due rows are looked for besides the kicks on ingest and link. */
  intervalMs?: number;
  batchSize?: number;
  /** A claim older than this is taken as abandoned by a stopped instance (several instances share PostgreSQL). */
  leaseMs?: number;
}

export interface RunSummary {
  processed: number;
  sent: number;
}

/**
 * Sends the sales-order outbox from inside the BFF process. Runs are serialized (one at a time per
 * process; claims keep several processes apart). `start` first releases rows a stopped process left
 * in 'sending' (on PostgreSQL, shared by several instances, only claims older than the lease), so
 * they are resumed by looking them up by their reference; `stop` waits for the
 * run in progress, so closing the app never abandons a claim it could finish.
 */
export class SalesOrderWorker {
  now: () => Date;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private running = false;
  /** Set by stop(): a run in progress claims no further row. */
  private halted = false;

  constructor(
    private readonly app: FastifyInstance,
    options: SalesOrderWorkerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.intervalMs = options.intervalMs ?? 30_000;
    this.batchSize = options.batchSize ?? 50;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.halted = false;
    // SQLite has one process: every claim left in 'sending' is this process's, from before a stop.
    // On PostgreSQL other instances may be mid-send right now: only claims older than the lease are.
    const now = this.now();
    const shared = this.app.dbHandle.dialect === 'postgres';
    const released = await releaseStuckOutboxRows(
      this.app.db,
      toDbInstant(now),
      shared ? toDbInstant(new Date(now.getTime() - this.leaseMs)) : undefined,
    );
    if (released) this.app.log.warn({ released }, 'sales orders left mid-send are resumed');
    this.timer = setInterval(() => this.kick(), this.intervalMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.halted = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  /** Look for due rows soon (after ingest, a link, "send again"); no-op when stopped. */
  kick(): void {
    if (!this.running) return;
    this.run().catch((error: unknown) => this.app.log.error({ err: error }, 'sales order worker run failed'));
  }

  /** Resolves when the run in progress (and any queued) has finished. */
  idle(): Promise<void> {
    return this.chain.then(
      () => undefined,
      () => undefined,
    );
  }

  /** One run now, after any run in progress: every row due at `now()` is claimed and sent. */
  run(): Promise<RunSummary> {
    const result = this.chain.then(
      () => this.process(),
      () => this.process(),
    );
    this.chain = result.catch(() => undefined);
    return result;
  }

  private async process(): Promise<RunSummary> {
    const db = this.app.db;
    const summary: RunSummary = { processed: 0, sent: 0 };
    await releaseStuckOutboxRows(
      db,
      toDbInstant(this.now()),
      toDbInstant(new Date(this.now().getTime() - this.leaseMs)),
    );
    const seen = new Set<string>();
    const companies = new Set<string>();
    // Stopped (shutdown): the row being sent is finished, no further row is claimed.
    while (!this.halted) {
      const ids = (await listDueOutboxIds(db, toDbInstant(this.now()), this.batchSize)).filter(
        (id) => !seen.has(id),
      );
      if (ids.length === 0) break;
      for (const id of ids) {
        if (this.halted) break;
        seen.add(id);
        const now = this.now();
        if (!(await claimOutboxRow(db, id, toDbInstant(now)))) continue;
        const row = await findOutboxRow(db, id);
        if (!row) continue;
        const outcome = await sendClaimedRow(this.app, row, now);
        await finishOutboxRow(db, id, outcome, toDbInstant(this.now()));
        summary.processed++;
        companies.add(row.company_id);
        if (outcome.status === 'sent') summary.sent++;
      }
    }
    // Orders may have failed or been sent: the alerts look at once.
    for (const companyId of companies) this.app.alerts.requestCheck(companyId);
    return summary;
  }
}
