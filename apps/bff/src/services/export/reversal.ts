import type { DayActionResult } from '@qo/contracts';
import {
  findDepartment,
  listPostings,
  markPostingFailed,
  markPostingReversed,
  markPostingSent,
  preparePostingSend,
  writeAudit,
  type DepartmentRow,
  type ExportPostingRow,
} from '@qo/db';
import { isPowerOfficeError } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { AppError, foundOr404 } from '../../lib/app-error';
import type { SessionUser } from '../../lib/sessions';
import { toAppError } from '../poweroffice/poweroffice-errors';
import { runUnderDayClaim } from './day-claim';
import { referenceOf } from './day-voucher';
import { loadPowerOfficeContext, type PowerOfficeContext } from './poweroffice-context';
import { fillReversalNumbers } from './reversal-numbers';

/**
 * Reverses one voucher through the journal it was posted to (days sent before journals were
 * recorded are manual journals); a lost answer is checked by reading the voucher, never by asking twice.
 */
async function reverseOnce(po: PowerOfficeContext, posting: ExportPostingRow): Promise<void> {
  const voucherId = posting.voucher_id!;
  const journal = posting.journal ?? 'manual';
  try {
    await po.client.reverseVoucher(voucherId, journal);
  } catch (error) {
    if (isPowerOfficeError(error) && (error.kind === 'unavailable' || error.kind === 'validation')) {
      const voucher = await po.client.getVoucher(journal, voucherId).catch(() => undefined);
      if (voucher?.IsReversed) return;
    }
    throw toAppError(error);
  }
}

/**
 * A posting whose sender stopped before recording the outcome ('sending', or 'failed' in a way
 * that may still have reached PowerOffice) is looked up by its reference: found, it is recorded as
 * sent (and so reversed with the rest); not found, it was not made.
 */
async function settle(
  po: PowerOfficeContext,
  posting: ExportPostingRow,
  app: FastifyInstance,
): Promise<ExportPostingRow> {
  if (posting.status !== 'sending' && posting.status !== 'failed') return posting;
  let found;
  try {
    found = await po.client.findVoucherByExternalReference(posting.reference, {
      fromDate: posting.business_day,
      toDate: posting.business_day,
    });
  } catch (error) {
    throw toAppError(error);
  }
  if (found) {
    const voucherNo = found.VoucherNo ?? null;
    await preparePostingSend(app.db, { id: posting.id, departmentId: posting.department_id }, found.journal);
    await markPostingSent(app.db, posting.id, { voucherId: found.Id, voucherNo });
    return {
      ...posting,
      status: 'sent',
      voucher_id: found.Id,
      voucher_no: voucherNo,
      journal: found.journal,
    };
  }
  if (posting.status === 'sending')
    await markPostingFailed(app.db, posting.id, 'Ikke postet i PowerOffice GO før dagen ble reversert');
  return { ...posting, status: 'failed' };
}

/**
 * Reverses a transferred day in PowerOffice GO (its corrections too) under the day's claim, and
 * writes the audit entry; the next transfer posts the day's next version.
 */
export async function reverseDay(
  app: FastifyInstance,
  user: Pick<SessionUser, 'id' | 'companyId'>,
  departmentId: string,
  date: string,
): Promise<DayActionResult> {
  const department = foundOr404(await findDepartment(app.db, user.companyId, departmentId), 'Avdelingen');
  return runUnderDayClaim(app, { departmentId: department.id, businessDay: date }, 'reversal', () =>
    reverseUnderClaim(app, user, department, date),
  );
}

/** Runs under the day's claim: reverses every voucher of the day's current version PowerOffice holds. */
async function reverseUnderClaim(
  app: FastifyInstance,
  user: Pick<SessionUser, 'id' | 'companyId'>,
  department: DepartmentRow,
  date: string,
): Promise<DayActionResult> {
  const postings = await listPostings(app.db, department.id, date, date);
  const version = postings.reduce((v, p) => Math.max(v, p.version), 0);
  const current = postings.filter((p) => p.version === version);
  const main = current.find((p) => p.correction === 0);
  if (!main || main.status === 'reversed') {
    throw new AppError(
      'business_rule',
      `Driftsdøgnet ${date} er ikke overført, så det er ingenting å reversere`,
    );
  }
  const powerOffice = await loadPowerOfficeContext(app, user.companyId, department.id);
  if (!powerOffice.ok) throw new AppError('not_connected', powerOffice.problem.message);
  const po = powerOffice.context;

  const settled: ExportPostingRow[] = [];
  for (const posting of current) settled.push(await settle(po, posting, app));
  const settledMain = settled.find((p) => p.correction === 0)!;
  if (settledMain.status !== 'sent' || !settledMain.voucher_id) {
    throw new AppError(
      'business_rule',
      `Driftsdøgnet ${date} er ikke overført, så det er ingenting å reversere`,
    );
  }
  // Every correction PowerOffice holds first (newest first), then the day's voucher: each reversal
  // is recorded at once, so a reversal stopped half-way is finished by the next one.
  const corrections = settled.filter((p) => p.correction > 0 && p.status === 'sent').reverse();
  for (const posting of corrections) {
    if (posting.voucher_id) await reverseOnce(po, posting);
    await markPostingReversed(app.db, posting.id);
  }
  await reverseOnce(po, settledMain);
  await markPostingReversed(app.db, settledMain.id);
  // The reversal vouchers' numbers, when PowerOffice has given them (after a 202 perhaps not yet).
  await fillReversalNumbers(app, po, department.id, date, date);
  const reversal = (await listPostings(app.db, department.id, date, date)).find(
    (p) => p.id === settledMain.id,
  );
  await writeAudit(app.db, {
    companyId: user.companyId,
    userId: user.id,
    entity: 'export_day',
    entityId: `${department.id}/${date}`,
    action: 'reverse',
    old: { reference: settledMain.reference, voucherNo: settledMain.voucher_no },
    new: null,
  });
  return {
    businessDay: date,
    status: 'reversed' as const,
    voucherNo: settledMain.voucher_no,
    externalReference: referenceOf(department.id, date, settledMain.version + 1),
    reversalVoucherNo: reversal?.reversal_voucher_no ?? null,
  };
}
