import {
  claimAlertMail,
  finishAlertMail,
  listDueAlertMailIds,
  releaseStuckAlertMails,
  toDbInstant,
  type AlertMailOutcome,
} from '@qo/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Database } from '@qo/db';
import type { Mailer } from '../mail/mailer';

/** A claim older than this belongs to a sender that stopped mid-send: the row is sent again. */
const CLAIM_LEASE_MS = 5 * 60_000;
/** Waits between tries of one e-mail: a mail server down for a while gets it within the day. */
const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 60 * 60_000, 6 * 60 * 60_000];
const BATCH = 50;

/**
 * Sends the alert e-mails queued in the database (`alert_mails`). Runs are serialized in the
 * process; the claim keeps instances apart. A message the server refuses or that cannot be handed
 * over is tried again later, up to seven tries, then recorded failed with the reason. A process
 * that dies mid-send leaves its claim, taken back after the lease: that message may then arrive
 * twice, never not at all.
 */
export class AlertMailSender {
  private chain: Promise<unknown> = Promise.resolve();
  private halted = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly mailer: Mailer,
    private readonly log: FastifyBaseLogger,
    private readonly now: () => Date,
  ) {}

  /** One run after any in progress: every due e-mail is claimed and sent. Resolves with how many went. */
  run(): Promise<number> {
    const result = this.chain.then(
      () => this.process(),
      () => this.process(),
    );
    this.chain = result.catch(() => undefined);
    return result;
  }

  idle(): Promise<void> {
    return this.chain.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Finishes the message being sent, claims no further one. */
  async stop(): Promise<void> {
    this.halted = true;
    await this.idle();
  }

  private async process(): Promise<number> {
    const { db } = this;
    const start = this.now();
    await releaseStuckAlertMails(
      db,
      toDbInstant(new Date(start.getTime() - CLAIM_LEASE_MS)),
      toDbInstant(start),
    );
    let sent = 0;
    const seen = new Set<string>();
    while (!this.halted) {
      const ids = (await listDueAlertMailIds(db, toDbInstant(this.now()), BATCH)).filter(
        (id) => !seen.has(id),
      );
      if (ids.length === 0) break;
      for (const id of ids) {
        if (this.halted) break;
        seen.add(id);
        const mail = await claimAlertMail(db, id, toDbInstant(this.now()));
        if (!mail) continue;
        let outcome: AlertMailOutcome;
        try {
          const deliveredTo = await this.mailer.send({
            id: mail.dedupe_key,
            to: mail.to_address,
            subject: mail.subject,
            text: mail.text_body,
            html: mail.html_body,
          });
          outcome = { status: 'sent', deliveredTo };
          sent++;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          const delay = RETRY_DELAYS_MS[mail.attempts - 1];
          outcome =
            delay === undefined
              ? { status: 'failed', error: reason }
              : {
                  status: 'pending',
                  error: reason,
                  nextAttemptAt: toDbInstant(new Date(this.now().getTime() + delay)),
                };
          this.log.warn(
            { mailId: mail.id, type: mail.type, attempts: mail.attempts, err: reason },
            'alert e-mail not sent',
          );
        }
        await finishAlertMail(db, id, outcome, toDbInstant(this.now()));
      }
    }
    return sent;
  }
}
