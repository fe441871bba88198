import {
  findDepartment,
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
import type { VoucherMappings } from '@qo/accounting';
import type { FastifyInstance } from 'fastify';
import { loadVoucherMappings } from './company-mappings';
import { buildDay, isPostable, referenceOf } from './day-voucher';
import { dayState, groupPostings } from './day-state';
import { dayFingerprint, loadDays, windowsOf, type DayData } from './period-days';
import { loadPowerOfficeContext, type PowerOfficeContext } from './poweroffice-context';
import { postOnce } from './post-once';
import { encodeFailure } from '../integrations/poweroffice-errors';

/** How long a process may go silent before another one takes its transfer over. */
export const TRANSFER_LEASE_MS = 60_000;
/** The lease is renewed at most this often (well inside TRANSFER_LEASE_MS), not once per day. */
const LEASE_RENEW_MS = 5_000;
/**
 * Days posted at once. One day at a time left the rate limit unused while each waited for its
 * answer (about 7 requests/s against PowerOffice's 10); three keep the limiter busy.
 */
const DAYS_IN_FLIGHT = 3;

/**
 * Runs transfers as background jobs inside the BFF. Everything a job needs is in the database
 * (the transfer, its pending days, the postings), so a job interrupted by a restart is picked up
 * again at start-up; the lease keeps two processes from working on one transfer at once, and the
 * posting claim keeps two transfers from posting one day.
 */
export class TransferRunner {
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

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

  /** Waits for the jobs of this process (tests, and a graceful shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** Graceful stop: each job finishes the day it is posting, then hands its transfer back. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running.values()]);
  }

  private async run(transferId: string): Promise<void> {
    const db = this.app.db;
    if (!(await leaseTransfer(db, transferId, new Date(), TRANSFER_LEASE_MS))) return;
    const transfer = await db.selectFrom('export_transfers').selectAll().where('id', '=', transferId).executeTakeFirstOrThrow();
    try {
      await this.work(transfer);
    } catch (error) {
      if (this.stopping) return;
      const message = error instanceof Error ? error.message : String(error);
      await finishTransfer(db, transferId, 'failed', message);
      throw error;
    }
  }

  private async work(transfer: ExportTransferRow): Promise<void> {
    const { app } = this;
    const db = app.db;
    const todo = (await listTransferDays(db, transfer.id)).filter((d) => d.status === 'pending' || d.status === 'sending');
    if (todo.length === 0) return finishTransfer(db, transfer.id, 'done');

    const department = await findDepartment(db, transfer.company_id, transfer.department_id);
    if (!department) return finishTransfer(db, transfer.id, 'failed', 'Avdelingen finnes ikke lenger');
    const powerOffice = await loadPowerOfficeContext(app, transfer.company_id, department.id);
    if (!powerOffice.ok) {
      const { code, message } = powerOffice.problem;
      const stored = encodeFailure(code, code === 'not_connected' ? 'quickorder' : 'poweroffice', message);
      for (const d of todo) await setTransferDay(db, transfer.id, d.business_day, { status: 'failed', message: stored });
      return finishTransfer(db, transfer.id, 'failed', powerOffice.problem.message);
    }
    const po = powerOffice.context;
    const mappings = await loadVoucherMappings(db, transfer.company_id, po.integration.auto_invoice === 1);
    const first = todo[0]!.business_day;
    const last = todo[todo.length - 1]!.business_day;
    const days = await loadDays(db, department.id, windowsOf(todo.map((d) => d.business_day), department.business_day_start), mappings);
    const postingsByDay = groupPostings(await listPostings(db, department.id, first, last));
    const automatic = transfer.trigger === 'automatic';

    // A few days in flight at once: each waits out PowerOffice's answer while the next are sent.
    // The shared client limiter keeps every caller within the rate limit, and each day's posting
    // claim keeps it exactly once; days are taken in date order, so progress advances in order.
    let next = 0;
    let leaseRenewedAt = 0;
    const step = async (): Promise<boolean> => {
      const day = days[next++]!;
      if (Date.now() - leaseRenewedAt >= LEASE_RENEW_MS) {
        leaseRenewedAt = Date.now();
        await renewTransferLease(db, transfer.id, new Date(), TRANSFER_LEASE_MS);
      }
      return this.transferDay(transfer, department, po, mappings, day, postingsByDay, automatic);
    };
    // Alone until one voucher has gone to PowerOffice: its account look-up fills the client's
    // account cache, so the days after it, in flight together, do not each ask for the accounts.
    while (!this.stopping && next < days.length && !(await step()));
    // An error (the database, not PowerOffice: postOnce records those per day) stops every worker
    // from taking further days, as it stopped the one-at-a-time loop; the transfer is then failed.
    const failure: { error?: unknown } = {};
    const worker = async (): Promise<void> => {
      while (!this.stopping && !('error' in failure) && next < days.length) {
        try {
          await step();
        } catch (error) {
          if (!('error' in failure)) failure.error = error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(DAYS_IN_FLIGHT, days.length) }, worker));
    if ('error' in failure) throw failure.error;
    if (this.stopping) return releaseTransfer(db, transfer.id);
    await finishTransfer(db, transfer.id, 'done');
  }

  /** Transfers one day; true when PowerOffice was asked to take its voucher. */
  private async transferDay(
    transfer: ExportTransferRow,
    department: DepartmentRow,
    po: PowerOfficeContext,
    mappings: VoucherMappings,
    day: DayData,
    postingsByDay: ReturnType<typeof groupPostings>,
    automatic: boolean,
  ): Promise<boolean> {
    const { app } = this;
    const db = app.db;
    const { voucher } = buildDay(day, mappings, po);
    const result = (status: Parameters<typeof setTransferDay>[3]['status'], extra: { voucherNo?: number | null; reference?: string | null; message?: string | null } = {}) =>
      setTransferDay(db, transfer.id, day.businessDay, { status, ...extra });

    if (voucher === null || voucher.lines.length === 0) {
      await result('skipped', { message: 'Ingenting å overføre denne dagen' });
      return false;
    }
    const state = dayState(postingsByDay.get(day.businessDay) ?? [], undefined, null);
    if (state.main?.status === 'sent') {
      await result('already_sent', { voucherNo: state.main.voucher_no, reference: state.main.reference });
      return false;
    }
    if (!isPostable(voucher)) {
      await result('blocked', { message: voucher.problems.map((p) => p.message).join(' ') });
      return false;
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
    });
    if (outcome.kind === 'sent') await result('sent', { voucherNo: outcome.voucherNo, reference: outcome.reference });
    else if (outcome.kind === 'already_sent') await result('already_sent', { voucherNo: outcome.voucherNo, reference: outcome.reference });
    else if (outcome.kind === 'busy') await result('skipped', { reference: outcome.reference, message: outcome.message });
    else await result('failed', { reference: outcome.reference, message: outcome.message });
    return outcome.kind !== 'already_sent' && outcome.kind !== 'busy';
  }
}
