import { listCompanyIds } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createMailer, type Mailer } from '../mail/mailer';
import { queueDueDigests } from './digest';
import { checkCompanyAlerts, type CheckResult } from './engine';
import { checkQuietConnections } from './health-check';
import { AlertMailSender } from './sender';

declare module 'fastify' {
  interface FastifyInstance {
    /** Varsler: compares open problems with those told, queues and sends the e-mails. */
    alerts: AlertService;
  }
}

/** How often the alerts look around: quiet connections, digests due, e-mails to send (again). */
const TICK_MS = 60_000;

/**
 * The alerts of this process. A company is checked right after work that can change its problems
 * (a transfer, a run of the sales-order outbox, a health check: `requestCheck`) and every
 * ALERT_CHECK_MINUTES in any case (the tick). Checks of one company run one after the other; a
 * request during a check runs one more check after it, not one per request.
 */
export class AlertService {
  /** The clock; tests replace it. */
  now: () => Date = () => new Date();
  readonly mailer: Mailer;
  readonly sender: AlertMailSender;
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly requested = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | null = null;
  private lastFullCheck = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(private readonly app: FastifyInstance) {
    this.mailer = createMailer(app.config.mail);
    this.sender = new AlertMailSender(app.db, this.mailer, app.log.child({ module: 'alerts' }), () =>
      this.now(),
    );
  }

  start(): void {
    if (this.timer || this.stopped) return;
    const every = Math.min(TICK_MS, this.app.config.alerts.checkIntervalMs);
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
    void this.tick();
  }

  /** Finishes the check and the e-mail in progress, starts no further one. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
    await this.sender.stop();
    this.mailer.close();
  }

  /** Check the company soon (after work that may have changed its problems); never throws. */
  requestCheck(companyId: string): void {
    if (this.stopped || this.requested.has(companyId)) return;
    this.requested.add(companyId);
    this.checkCompany(companyId, () => this.requested.delete(companyId))
      .then(() => this.sender.run())
      .catch((error: unknown) => this.app.log.error({ err: error, companyId }, 'alert check failed'));
  }

  /** One check of the company, after any in progress for it. */
  checkCompany(companyId: string, onStart: () => void = () => {}): Promise<CheckResult> {
    const previous = this.chains.get(companyId) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => {
        onStart();
        return checkCompanyAlerts(this.app.db, companyId, {
          now: this.now(),
          publicUrl: this.app.config.publicUrl,
        });
      });
    const settled = run.catch(() => undefined);
    this.chains.set(companyId, settled);
    void settled.then(() => {
      if (this.chains.get(companyId) === settled) this.chains.delete(companyId);
    });
    return run;
  }

  /** One pass: quiet connections checked, companies checked when due, digests queued, e-mails sent. */
  tick(): Promise<void> {
    if (this.ticking) return this.ticking;
    this.ticking = this.pass()
      .catch((error: unknown) => this.app.log.error({ err: error }, 'alert tick failed'))
      .finally(() => (this.ticking = null));
    return this.ticking;
  }

  /** Waits for the checks and the e-mails in progress (tests, and a graceful stop). */
  async idle(): Promise<void> {
    while (this.chains.size > 0 || this.ticking) {
      await Promise.allSettled([...this.chains.values(), this.ticking]);
    }
    await this.sender.idle();
  }

  private async pass(): Promise<void> {
    const { app } = this;
    const now = this.now();
    const companies = new Set<string>();
    const checked = await checkQuietConnections(app, now, app.config.alerts.healthCheckIntervalMs);
    for (const c of checked) companies.add(c.companyId);
    if (now.getTime() - this.lastFullCheck >= app.config.alerts.checkIntervalMs) {
      this.lastFullCheck = now.getTime();
      for (const id of await listCompanyIds(app.db)) companies.add(id);
    }
    for (const companyId of companies) {
      if (this.stopped || app.lifecycle.stopping) return;
      await this.checkCompany(companyId).catch((error: unknown) =>
        app.log.error({ err: error, companyId }, 'alert check failed'),
      );
    }
    const { digestHour } = app.config.alerts;
    await queueDueDigests(app.db, { now, digestHour, publicUrl: app.config.publicUrl });
    if (!this.stopped) await this.sender.run();
  }
}

/** Registers `app.alerts`; started when the app is ready, stopped when it closes. */
export default fp(
  async (app: FastifyInstance) => {
    const service = new AlertService(app);
    app.decorate('alerts', service);
    app.addHook('onReady', async () => service.start());
    app.addHook('onClose', async () => service.stop());
  },
  { name: 'alerts', dependencies: ['db', 'lifecycle', 'poweroffice'] },
);
