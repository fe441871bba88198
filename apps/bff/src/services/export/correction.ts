import { correctionReference, diffVoucherLines } from '@qo/accounting';
import type { DayActionResult } from '@qo/contracts';
import { findDepartment, listPostings, writeAudit, type ExportPostingRow } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { AppError, foundOr404 } from '../../lib/app-error';
import type { SessionUser } from '../../lib/sessions';
import { decodeFailure } from '../poweroffice/poweroffice-errors';
import { runUnderDayClaim } from './day-claim';
import { dayState } from './day-state';
import { buildDay } from './day-voucher';
import { documentVoucher } from './documentation';
import { postedLines } from './history';
import { loadPeriod } from './load-period';
import { dayFingerprint } from './period-days';
import { postOnce } from './post-once';

/**
 * The number of the correction to post for a day's version: the next one, except that a correction
 * that failed or never finished keeps its number (and reference), so it is looked up, not doubled.
 */
export function nextCorrectionNumber(postings: readonly ExportPostingRow[], version: number): number {
  const ofVersion = postings.filter((p) => p.version === version && p.correction > 0);
  const last = ofVersion[ofVersion.length - 1];
  if (last && (last.status === 'failed' || last.status === 'sending')) return last.correction;
  return (last?.correction ?? 0) + 1;
}

/**
 * Posts a correction voucher holding only the difference between what was posted for the day and
 * the day as it is now, documents it and writes the audit entry. Under the day's claim: no transfer,
 * reversal or other correction of the day runs meanwhile, and what is read inside it is what the
 * correction is posted against.
 */
export async function postCorrection(
  app: FastifyInstance,
  user: Pick<SessionUser, 'id' | 'companyId'>,
  departmentId: string,
  date: string,
): Promise<DayActionResult> {
  const found = foundOr404(await findDepartment(app.db, user.companyId, departmentId), 'Avdelingen');
  return runUnderDayClaim(app, { departmentId: found.id, businessDay: date }, 'correction', async () => {
    const period = await loadPeriod(app, user.companyId, found.id, date, date);
    const department = period.department;
    const postings = await listPostings(app.db, department.id, date, date);
    const day = period.days[0]!;
    const fingerprint = dayFingerprint(day);
    const state = dayState(postings, undefined, fingerprint);
    if (state.status === 'reversed') {
      throw new AppError(
        'day_reversed',
        `Driftsdøgnet ${date} er reversert i PowerOffice GO og kan ikke korrigeres. ` +
          'Overfør dagen på nytt i stedet; da posteres den slik den er nå.',
      );
    }
    if (state.status !== 'changed' || !state.main) {
      throw new AppError(
        'business_rule',
        `Driftsdøgnet ${date} er ikke endret siden overføringen; det er ingenting å korrigere`,
      );
    }
    if (!period.powerOffice.ok) throw new AppError('not_connected', period.powerOffice.problem.message);
    const po = period.powerOffice.context;
    const rebuilt = buildDay(day, period.mappings, po).voucher;
    if (rebuilt && rebuilt.problems.length > 0) {
      throw new AppError(
        'business_rule',
        `Korrigeringen kan ikke posteres ennå: ${[...new Set(rebuilt.problems.map((p) => p.message))].join(' ')}`,
        { errors: rebuilt.problems.map((p) => ({ path: p.fix?.kind ?? 'orders', message: p.message })) },
      );
    }
    const posted = [state.main, ...state.corrections].flatMap(postedLines);
    const difference = diffVoucherLines(posted, rebuilt?.lines ?? []);
    if (difference.length === 0) {
      throw new AppError(
        'business_rule',
        `Ordrene for ${date} er endret, men bilaget blir det samme; det er ingenting å korrigere`,
      );
    }
    const version = state.main.version;
    const correction = nextCorrectionNumber(postings, version);
    const reference = correctionReference({
      departmentId: department.id,
      businessDay: date,
      version,
      correction,
    });
    const outcome = await postOnce(app, po, {
      companyId: user.companyId,
      departmentId: department.id,
      businessDay: date,
      version,
      correction,
      reference,
      fingerprint,
      transferId: null,
      userId: user.id,
      automatic: false,
      lines: difference,
      description: `Korrigering ${department.name} ${date}`,
    });
    if (outcome.kind === 'failed') {
      const { failure, message } = decodeFailure(outcome.message);
      throw new AppError('poweroffice_failed', message ?? undefined, {
        ...(failure ? { source: failure.source, params: { failure: failure.code } } : {}),
        ...(failure?.source === 'poweroffice' && failure.detail ? { powerOfficeDetail: failure.detail } : {}),
      });
    }
    if (outcome.kind === 'busy') throw new AppError('conflict', 'Korrigeringen sendes allerede');
    if (outcome.kind === 'sent') {
      const { postingId, voucherId, voucherNo } = outcome;
      await documentVoucher(app, po, {
        companyId: user.companyId,
        department,
        day,
        mappings: period.mappings,
        voucher: { postingId, voucherId, voucherNo, reference, correction, lines: difference },
      });
    }
    await writeAudit(app.db, {
      companyId: user.companyId,
      userId: user.id,
      entity: 'export_day',
      entityId: `${department.id}/${date}`,
      action: 'correction',
      old: null,
      new: { reference, voucherNo: outcome.voucherNo },
    });
    return { businessDay: date, status: 'sent', voucherNo: outcome.voucherNo, externalReference: reference };
  });
}
