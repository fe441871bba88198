import type { VoucherLine } from '@qo/accounting';
import {
  claimPosting,
  findDepartment,
  markPostingFailed,
  markPostingSent,
  markPostingUnsettled,
  preparePostingSend,
  setPostingContent,
  type PostingClaim,
} from '@qo/db';
import { isPowerOfficeError } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PowerOfficeContext } from './poweroffice-context';
import { failureText, isTransient, toVoucherPost, VoucherResolveError } from './voucher-post';

export type PostOutcome =
  | { kind: 'sent'; voucherNo: number | null; reference: string; postingId: string; voucherId: string }
  | { kind: 'already_sent'; voucherNo: number | null; reference: string }
  | { kind: 'busy'; reference: string; message: string }
  /** `transient`: PowerOffice was busy or unreachable (429, 5xx, timeout); trying later may work. */
  | { kind: 'failed'; reference: string; message: string; transient: boolean };

export interface PostRequest extends Omit<PostingClaim, 'linesJson'> {
  lines: readonly VoucherLine[];
  description: string;
  /**
   * An earlier POST of this posting whose outcome is unknown is looked up only after the settle
   * window. The export runner waits for it (`true`); a request someone waits on in the browser
   * gets a failed outcome saying when to try again instead.
   */
  waitToSettle?: boolean;
}

/** What is kept of a posted line: enough to rebuild the difference for a correction. */
export function linesJson(lines: readonly VoucherLine[]): string {
  return JSON.stringify(
    lines.map((l) => ({
      accountNo: l.accountNo,
      accountName: l.accountName,
      vatCode: l.vatCode,
      amount: l.amount,
      description: l.description,
      source: l.source,
    })),
  );
}

/**
 * Posts one voucher exactly once; run it under the day's claim (`withDayClaim`). The posting row is
 * claimed (written as 'sending' with its reference and fingerprint) BEFORE PowerOffice hears of it;
 * only the claimant posts. A claim that
 * was interrupted (process killed) or failed in a way that leaves PowerOffice's state unknown is
 * first looked up by its ExternalImportReference, so a voucher PowerOffice already holds is
 * recorded, never posted again. The client's own retry does the same lookup after a lost answer,
 * and PowerOffice refuses a second voucher with the same reference in any case.
 *
 * The voucher goes to PowerOffice's cash journals when the client grants CashVoucher_Full, else to
 * its manual journals (`po.journal`); the posting row records which, and keeps the department's
 * running number it was given (ImportedVoucherNo) through every retry.
 */
export async function postOnce(
  app: FastifyInstance,
  po: PowerOfficeContext,
  request: PostRequest,
): Promise<PostOutcome> {
  const { lines, description, waitToSettle = false, ...claim } = request;
  const json = linesJson(lines);
  // Callers hold the day's claim (day-claim.ts), so a row left 'sending' is taken over and looked up.
  const outcome = await claimPosting(app.db, { ...claim, linesJson: json, underDayClaim: true });
  const reference = claim.reference;
  if (!outcome.claimed) {
    const p = outcome.posting;
    if (p.status === 'sent') return { kind: 'already_sent', voucherNo: p.voucher_no, reference };
    return { kind: 'busy', reference, message: 'Dagen overføres av en annen overføring' };
  }
  const posting = outcome.posting;
  let posted = false;
  try {
    if (outcome.resumed) {
      // An earlier POST may still be in flight at PowerOffice: no lookup (and no new POST) before
      // it has settled, or the lookup could miss a voucher that is still being made.
      const settledAt = posting.unsettled_at
        ? Date.parse(posting.unsettled_at) + app.config.powerOffice.settleMs
        : 0;
      if (settledAt > Date.now()) {
        if (!waitToSettle) {
          const minutes = Math.ceil((settledAt - Date.now()) / 60_000);
          const message = `PowerOffice kan fortsatt være i ferd med å lage bilaget fra forrige forsøk. Prøv igjen om ${minutes} min.`;
          await markPostingFailed(app.db, posting.id, message, { unsettledAt: posting.unsettled_at });
          return { kind: 'failed', reference, message, transient: true };
        }
        await sleep(settledAt - Date.now());
      }
      const found = await po.client.findVoucherByExternalReference(reference, {
        fromDate: claim.businessDay,
        toDate: claim.businessDay,
      });
      if (found) {
        await preparePostingSend(app.db, { id: posting.id, departmentId: claim.departmentId }, found.journal);
        await markPostingSent(app.db, posting.id, {
          voucherId: found.Id,
          voucherNo: found.VoucherNo ?? null,
        });
        return {
          kind: 'sent',
          voucherNo: found.VoucherNo ?? null,
          reference,
          postingId: posting.id,
          voucherId: found.Id,
        };
      }
      if (posting.lines_json !== json || posting.fingerprint !== claim.fingerprint) {
        await setPostingContent(app.db, posting.id, claim.fingerprint, json);
      }
    }
    const journal = po.journal.journal;
    if (journal === null) {
      throw new VoucherResolveError(
        'Klienten i PowerOffice GO gir ikke rettigheten CashVoucher_Full eller ManualVoucher_Full; bilaget kan ikke sendes',
      );
    }
    const department = await findDepartment(app.db, claim.companyId, claim.departmentId);
    const { importedVoucherNo } = await preparePostingSend(
      app.db,
      { id: posting.id, departmentId: claim.departmentId },
      journal,
    );
    const body = await toVoucherPost(po, {
      businessDay: claim.businessDay,
      departmentId: claim.departmentId,
      reference,
      description,
      lines,
      departmentName: department?.name ?? '',
      importedVoucherNo,
    });
    await markPostingUnsettled(app.db, posting.id);
    posted = true;
    const result =
      journal === 'cash' ? await po.client.postCashVoucher(body) : await po.client.postManualVoucher(body);
    const voucherNo = result.value.VoucherNo ?? null;
    await markPostingSent(app.db, posting.id, { voucherId: result.value.Id, voucherNo });
    return { kind: 'sent', voucherNo, reference, postingId: posting.id, voucherId: result.value.Id };
  } catch (error) {
    const message = failureText(error);
    // Kept as 'failed', not deleted: whoever claims it next looks it up before posting (after the
    // settle window when PowerOffice may still make it).
    // Before this attempt's POST, an earlier attempt's unknown outcome (if any) still stands.
    const outcomeUnknown = !isPowerOfficeError(error) || error.outcomeUnknown;
    await markPostingFailed(
      app.db,
      posting.id,
      message,
      posted ? { outcomeUnknown } : { unsettledAt: posting.unsettled_at },
    );
    return { kind: 'failed', reference, message, transient: isTransient(error) };
  }
}
