import { addDays, businessDayOf, hasBusinessDayEnded, isPostable, listBusinessDays } from '@qo/accounting';
import {
  hasOpenTransfer,
  insertTransfer,
  latestTransferDayResults,
  listAutoExportDepartments,
  listPostings,
  type AutoExportDepartment,
} from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { buildDay } from './day-voucher';
import { groupPostings } from './day-state';
import { loadPeriod } from './load-period';
import type { TransferRunner } from './transfer-runner';

/** A day is exported this long after it ends: late orders from a POS that was offline get in. */
export const AUTO_EXPORT_GRACE_MINUTES = 30;
export const AUTO_EXPORT_TICK_MS = 60_000;
const FAILED_RETRY_MS = 15 * 60_000;

/**
 * Automatic export. Every tick (each minute and at start-up) and for every department with it
 * switched on: the business days that have ended (plus the grace) since automation was switched
 * on and hold no voucher yet are transferred as one automatic transfer. The state lives in the
 * database (postings and transfers), so days missed while the BFF was down are caught up on the
 * next tick. A day that had already ended when automation was switched on is history and is never
 * posted automatically. A blocked day is recorded once with its reason and retried when it can
 * be posted (a mapping fixed).
 */
export class AutoExportScheduler {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  /** The clock; tests replace it. */
  now: () => Date = () => new Date();

  constructor(
    private readonly app: FastifyInstance,
    private readonly runner: TransferRunner,
  ) {}

  start(): void {
    if (this.timer) return;
    // Fire and forget: a pass that fails (the database away) is logged, and the next tick tries again.
    const tick = () =>
      this.tick().catch((error: unknown) =>
        this.app.log.error({ err: error }, 'automatic export tick failed'),
      );
    this.timer = setInterval(() => void tick(), AUTO_EXPORT_TICK_MS);
    this.timer.unref();
    void tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One pass over every automatic department; overlapping ticks share one pass. */
  async tick(): Promise<void> {
    if (this.ticking) return this.ticking;
    this.ticking = this.pass().finally(() => (this.ticking = null));
    return this.ticking;
  }

  private async pass(): Promise<void> {
    // Transfers whose process died (lease run out) are picked up by whichever process ticks first.
    await this.runner
      .resumeAll()
      .catch((error: unknown) => this.app.log.error({ err: error }, 'could not resume transfers'));
    const now = this.now();
    for (const department of await listAutoExportDepartments(this.app.db)) {
      try {
        await this.exportDepartment(department, now);
      } catch (error) {
        this.app.log.error({ err: error, departmentId: department.departmentId }, 'automatic export failed');
      }
    }
  }

  private async exportDepartment(d: AutoExportDepartment, now: Date): Promise<void> {
    const { app } = this;
    if (await hasOpenTransfer(app.db, d.departmentId)) return;
    // The first day: the one in progress when automation was switched on (it had not ended yet).
    const first = businessDayOf(d.autoExportSince, d.businessDayStart);
    let last = businessDayOf(now, d.businessDayStart);
    while (last >= first && !hasBusinessDayEnded(last, d.businessDayStart, now, AUTO_EXPORT_GRACE_MINUTES))
      last = addDays(last, -1);
    if (last < first) return;

    const [postings, results] = await Promise.all([
      listPostings(app.db, d.departmentId, first, last),
      latestTransferDayResults(app.db, d.departmentId, first, last),
    ]);
    const byDay = groupPostings(postings);
    // Days that hold a voucher (sent, being sent, or deliberately reversed) are left alone.
    const open = listBusinessDays(first, last).filter(
      (day) => !(byDay.get(day) ?? []).some((p) => p.correction === 0 && p.status !== 'failed'),
    );
    if (open.length === 0) return;

    const period = await loadPeriod(app, d.companyId, d.departmentId, open[0]!, open[open.length - 1]!);
    const po = period.powerOffice.ok ? period.powerOffice.context : null;
    const wanted = new Set(open);
    const days: string[] = [];
    for (const day of period.days) {
      if (!wanted.has(day.businessDay)) continue;
      const { voucher } = buildDay(day, period.mappings, po);
      if (voucher === null || voucher.lines.length === 0) continue;
      const lastResult = results.get(day.businessDay);
      const recordedBlocked = lastResult?.status === 'blocked';
      // A day PowerOffice refused is tried again, but not every minute.
      if (
        lastResult?.status === 'failed' &&
        now.getTime() - Date.parse(lastResult.updated_at) < FAILED_RETRY_MS
      )
        continue;
      if (isPostable(voucher) && po !== null) days.push(day.businessDay);
      else if (!recordedBlocked) days.push(day.businessDay); // recorded once, with its reason
    }
    if (days.length === 0) return;
    const transfer = await insertTransfer(app.db, {
      companyId: d.companyId,
      departmentId: d.departmentId,
      from: days[0]!,
      to: days[days.length - 1]!,
      trigger: 'automatic',
      userId: null,
      days,
    });
    app.log.info(
      { departmentId: d.departmentId, days: days.length, transferId: transfer.id },
      'automatic export started',
    );
    this.runner.enqueue(transfer.id);
  }
}
