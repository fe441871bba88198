import {
  findDepartment,
  findTransferById,
  finishTransfer,
  leaseTransfer,
  listPostings,
  listResumableTransfers,
  listTransferDays,
  releaseTransfer,
  renewTransferLease,
  setTransferDay,
  type DepartmentRow,
  type ExportTransferRow,
} from '@qo/db';
import { isPostable, type VoucherMappings } from '@qo/accounting';
import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadVoucherMappings } from './company-mappings';
import { buildDay, referenceOf } from './day-voucher';
import { DAY_CLAIM_LEASE_MS, dayBusyText, withDayClaim } from './day-claim';
import { dayState } from './day-state';
import { documentVoucher, uploadMissingDocuments } from './documentation';
import { dayFingerprint, loadDays, windowsOf, type DayData } from './period-days';
import { loadPowerOfficeContext, type PowerOfficeContext } from './poweroffice-context';
import { fillReversalNumbers } from './reversal-numbers';
import { postOnce } from './post-once';
import { decodeFailure, encodeFailure } from '../poweroffice/poweroffice-errors';

/** How long a process may go silent before another one takes its transfer over. */
export const TRANSFER_LEASE_MS = 60_000;
/** The lease is renewed this often while a job runs (well inside TRANSFER_LEASE_MS). */
const LEASE_RENEW_MS = 5_000;
/** Backoff between tries of a day that failed on a passing problem. */
const RETRY_BASE_DELAY_MS = 1_000;
const RETRY_MAX_DELAY_MS = 30_000;
/**
 * How long a day held by someone else (another transfer, a correction, a reversal) is waited for: a
 * dead holder's lease runs out within it, and a live one seldom holds a day that long. Well inside
 * TRANSFER_LEASE_MS.
 */
const DAY_CLAIM_WAIT_MS = DAY_CLAIM_LEASE_MS + 10_000;

/**
 * Runs transfers as background jobs inside the BFF. Everything a job needs is in the database
 * (the transfer, its pending days, the postings), so a job interrupted by a restart is picked up
 * again at start-up; the lease keeps two processes from working on one transfer at once, and the
 * posting claim keeps two transfers from posting one day.
 */
export class TransferRunner {
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;
  private poll: NodeJS.Timeout | undefined;
  private readonly stopSignal = new AbortController();

  constructor(private readonly app: FastifyInstance) {}

  /** Starts the transfer in the background unless this process already runs it. */
  enqueue(transferId: string): void {
    if (this.stopping || this.running.has(transferId)) return;
    const task = this.run(transferId)
      .catch((error: unknown) => this.app.log.error({ err: error, transferId }, 'transfer job failed'))
      .finally(() => this.running.delete(transferId));
    this.running.set(transferId, task);
  }

  /** Picks up every queued transfer and every one whose process died. */
  async resumeAll(now = new Date()): Promise<void> {
    for (const t of await listResumableTransfers(this.app.db, now)) this.enqueue(t.id);
  }

  /**
   * Looks for queued transfers every `intervalMs` (TRANSFER_POLL_MS): one created on another
   * instance, or handed back by an instance that is shutting down, is taken over at once rather
   * than at the next automatic-export tick.
   */
  startPolling(intervalMs: number): void {
    if (this.poll || this.stopping) return;
    this.poll = setInterval(() => {
      this.resumeAll().catch((error: unknown) =>
        this.app.log.error({ err: error }, 'could not look for queued transfers'),
      );
    }, intervalMs);
    this.poll.unref();
  }

  /** Waits for the jobs of this process (tests, and a graceful shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** Graceful stop: each job finishes the day it is posting, then hands its transfer back. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.poll);
    this.poll = undefined;
    this.stopSignal.abort();
    await Promise.allSettled([...this.running.values()]);
  }

  private async run(transferId: string): Promise<void> {
    const db = this.app.db;
    if (!(await leaseTransfer(db, transferId, new Date(), TRANSFER_LEASE_MS))) return;
    const transfer = await findTransferById(db, transferId);
    if (!transfer) throw new Error(`transfer ${transferId} not found`);
    // Renewed on a timer, not per day: a day may wait minutes for PowerOffice (backoff, settling).
    const renewal = setInterval(() => {
      renewTransferLease(db, transferId, new Date(), TRANSFER_LEASE_MS).catch((error: unknown) =>
        this.app.log.warn({ err: error, transferId }, 'could not renew the transfer lease'),
      );
    }, LEASE_RENEW_MS);
    try {
      await this.work(transfer);
    } catch (error) {
      if (this.stopping) return;
      const message = error instanceof Error ? error.message : String(error);
      await finishTransfer(db, transferId, 'failed', message);
      throw error;
    } finally {
      clearInterval(renewal);
      // Days may have failed, been blocked or been sent: the alerts look at once.
      if (!this.stopping) this.app.alerts.requestCheck(transfer.company_id);
    }
  }

  private async work(transfer: ExportTransferRow): Promise<void> {
    const { app } = this;
    const db = app.db;
    const todo = (await listTransferDays(db, transfer.id)).filter(
      (d) => d.status === 'pending' || d.status === 'sending',
    );
    if (todo.length === 0) return finishTransfer(db, transfer.id, 'done');

    const department = await findDepartment(db, transfer.company_id, transfer.department_id);
    if (!department) return finishTransfer(db, transfer.id, 'failed', 'Avdelingen finnes ikke lenger');
    // PowerOffice out of reach (not a missing connection) is waited out like a day's passing problem.
    let powerOffice = await loadPowerOfficeContext(app, transfer.company_id, department.id);
    const unreachableSince = Date.now();
    const unreachable = () => !powerOffice.ok && powerOffice.problem.code === 'poweroffice_unavailable';
    for (let attempt = 1; unreachable() && !this.stopping; attempt++) {
      const left = unreachableSince + app.config.exportRetryWindowMs - Date.now();
      if (left <= 0) break;
      await this.pause(retryDelayMs(attempt, left));
      powerOffice = await loadPowerOfficeContext(app, transfer.company_id, department.id);
    }
    if (this.stopping) return releaseTransfer(db, transfer.id);
    if (!powerOffice.ok) {
      const { code, message } = powerOffice.problem;
      const stored = encodeFailure(code, code === 'not_connected' ? 'quickorder' : 'poweroffice', message);
      for (const d of todo)
        await setTransferDay(db, transfer.id, d.business_day, { status: 'failed', message: stored });
      // Every day failed for a reason the user can act on (connect, or try again later).
      return finishTransfer(db, transfer.id, 'done_with_failures', powerOffice.problem.message);
    }
    const po = powerOffice.context;
    const mappings = await loadVoucherMappings(db, transfer.company_id, po.integration.auto_invoice === 1);
    const days = await loadDays(
      db,
      department.id,
      windowsOf(
        todo.map((d) => d.business_day),
        department.business_day_start,
      ),
      mappings,
    );
    const automatic = transfer.trigger === 'automatic';
    // Vouchers sent earlier whose dagsoppgjør did not reach PowerOffice get it now (never posted again).
    await uploadMissingDocuments(app, po, { companyId: transfer.company_id, department, mappings });
    // Reversals PowerOffice had not numbered when they were made get their number now.
    await fillReversalNumbers(app, po, department.id, transfer.from_day, transfer.to_day);

    // One day at a time, in date order: PowerOffice numbers vouchers as they arrive, so a day is
    // sent only once the day before it has its answer, and voucher numbers follow the dates. A day
    // that fails on a passing problem (429, 5xx, timeout) is tried again with backoff, blocking the
    // days after it, until the retry window since the trouble began has passed; then it is failed
    // and the days after it get one try each until PowerOffice answers again.
    const retryWindowMs = app.config.exportRetryWindowMs;
    let troubleSince: number | undefined;
    for (const day of days) {
      for (let attempt = 1; !this.stopping; attempt++) {
        const mayRetry = () => {
          troubleSince ??= Date.now();
          return !this.stopping && Date.now() - troubleSince < retryWindowMs;
        };
        const result = await this.transferDay(transfer, department, po, mappings, day, automatic, mayRetry);
        if (result !== 'retry') {
          if (result === 'done') troubleSince = undefined;
          break;
        }
        await this.pause(retryDelayMs(attempt, troubleSince! + retryWindowMs - Date.now()));
      }
      if (this.stopping) break;
    }
    if (this.stopping) return releaseTransfer(db, transfer.id);
    const failed = (await listTransferDays(db, transfer.id)).some((d) => d.status === 'failed');
    await finishTransfer(db, transfer.id, failed ? 'done_with_failures' : 'done');
  }

  /** Waits, unless the runner is stopped meanwhile. */
  private async pause(ms: number): Promise<void> {
    try {
      await sleep(ms, undefined, { signal: this.stopSignal.signal });
    } catch {
      // stopped
    }
  }

  /**
   * Transfers one day under the day's claim, waiting a while when someone else holds it, and
   * records its result. `retry`: it failed on a passing problem and `mayRetry` allowed another try
   * (recorded as still sending); `failed`: it failed and is recorded so; `done`: anything else
   * (sent, already sent, skipped, blocked, busy). A day still held after the wait is skipped (the
   * next transfer takes it); a day not reached because this process stops stays pending.
   */
  private async transferDay(
    transfer: ExportTransferRow,
    department: DepartmentRow,
    po: PowerOfficeContext,
    mappings: VoucherMappings,
    day: DayData,
    automatic: boolean,
    mayRetry: () => boolean,
  ): Promise<'done' | 'retry' | 'failed'> {
    const key = { departmentId: department.id, businessDay: day.businessDay };
    const outcome = await withDayClaim(
      this.app,
      key,
      'transfer',
      () => this.transferClaimedDay(transfer, department, po, mappings, day, automatic, mayRetry),
      { waitMs: DAY_CLAIM_WAIT_MS, stop: () => this.stopping },
    );
    if (outcome.claimed) return outcome.value;
    if (!outcome.stopped) {
      await setTransferDay(this.app.db, transfer.id, day.businessDay, {
        status: 'skipped',
        message: dayBusyText(day.businessDay, outcome.heldFor),
      });
    }
    return 'done';
  }

  private async transferClaimedDay(
    transfer: ExportTransferRow,
    department: DepartmentRow,
    po: PowerOfficeContext,
    mappings: VoucherMappings,
    day: DayData,
    automatic: boolean,
    mayRetry: () => boolean,
  ): Promise<'done' | 'retry' | 'failed'> {
    const { app } = this;
    const db = app.db;
    const { voucher } = buildDay(day, mappings, po);
    const result = (
      status: Parameters<typeof setTransferDay>[3]['status'],
      extra: { voucherNo?: number | null; reference?: string | null; message?: string | null } = {},
    ) => {
      if (status !== 'sending') app.metrics.dayResult(status);
      return setTransferDay(db, transfer.id, day.businessDay, { status, ...extra });
    };

    if (voucher === null || voucher.lines.length === 0) {
      await result('skipped', { message: 'Ingenting å overføre denne dagen' });
      return 'done';
    }
    // Read under the claim: a reversal or another transfer may have changed the day since the start.
    const state = dayState(
      await listPostings(db, department.id, day.businessDay, day.businessDay),
      undefined,
      null,
    );
    if (state.main?.status === 'sent') {
      await result('already_sent', { voucherNo: state.main.voucher_no, reference: state.main.reference });
      return 'done';
    }
    if (!isPostable(voucher)) {
      // Several lines can share one problem (a VAT rate without a code): each is said once.
      const message = [...new Set(voucher.problems.map((p) => p.message))].join(' ');
      await result('blocked', { message });
      return 'done';
    }
    const reference = state.main && state.main.status !== 'reversed' ? state.main.reference : undefined;
    const version = state.nextVersion;
    await result('sending');
    const outcome = await postOnce(app, po, {
      companyId: transfer.company_id,
      departmentId: department.id,
      businessDay: day.businessDay,
      version,
      correction: 0,
      reference: reference ?? referenceOf(department.id, day.businessDay, version),
      fingerprint: dayFingerprint(day),
      transferId: transfer.id,
      userId: transfer.user_id,
      automatic,
      lines: voucher.lines,
      description: `Dagsoppgjør ${department.name} ${day.businessDay}`,
      waitToSettle: true,
    });
    if (outcome.kind === 'sent') {
      await result('sent', { voucherNo: outcome.voucherNo, reference: outcome.reference });
      const { postingId, voucherId, voucherNo, reference: sentReference } = outcome;
      await documentVoucher(app, po, {
        companyId: transfer.company_id,
        department,
        day,
        mappings,
        voucher: {
          postingId,
          voucherId,
          voucherNo,
          reference: sentReference,
          correction: 0,
          lines: voucher.lines,
        },
      });
    } else if (outcome.kind === 'already_sent')
      await result('already_sent', { voucherNo: outcome.voucherNo, reference: outcome.reference });
    else if (outcome.kind === 'busy')
      await result('skipped', { reference: outcome.reference, message: outcome.message });
    else if (outcome.transient && mayRetry()) {
      const { failure, message: said } = decodeFailure(outcome.message);
      const text = `PowerOffice svarer ikke nå; prøver igjen (${said ?? outcome.message})`;
      const message = failure ? encodeFailure(failure.code, failure.source, text) : text;
      await result('sending', { reference: outcome.reference, message });
      return 'retry';
    } else {
      await result('failed', { reference: outcome.reference, message: outcome.message });
      return 'failed';
    }
    return 'done';
  }
}

/** Backoff between tries of a day: 1 s, 2 s, 4 s … up to 30 s, with jitter, never past the window's end. */
export function retryDelayMs(
  attempt: number,
  untilWindowEndsMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** (attempt - 1));
  const delay = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(0, Math.min(delay, untilWindowEndsMs));
}
