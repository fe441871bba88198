import type { VoucherLine } from '@qo/accounting';
import { claimPosting, findDepartment, markPostingFailed, markPostingSent, preparePostingSend, setPostingContent, type PostingClaim } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import type { PowerOfficeContext } from './poweroffice-context';
import { failureText, toVoucherPost, VoucherResolveError } from './voucher-post';

export type PostOutcome =
  | { kind: 'sent'; voucherNo: number | null; reference: string; postingId: string; voucherId: string }
  | { kind: 'already_sent'; voucherNo: number | null; reference: string }
  | { kind: 'busy'; reference: string; message: string }
  | { kind: 'failed'; reference: string; message: string };

export interface PostRequest extends Omit<PostingClaim, 'linesJson'> {
  lines: readonly VoucherLine[];
  description: string;
}

/** What is kept of a posted line: enough to rebuild the difference for a correction. */
export function linesJson(lines: readonly VoucherLine[]): string {
  return JSON.stringify(lines.map((l) => ({ accountNo: l.accountNo, accountName: l.accountName, vatCode: l.vatCode, amount: l.amount, description: l.description, source: l.source })));
}

/**
 * Posts one voucher exactly once. The posting row is claimed (written as 'sending' with its
 * reference and fingerprint) BEFORE PowerOffice hears of it; only the claimant posts. A claim that
 * was interrupted (process killed) or failed in a way that leaves PowerOffice's state unknown is
 * first looked up by its ExternalImportReference, so a voucher PowerOffice already holds is
 * recorded, never posted again. The client's own retry does the same lookup after a lost answer,
 * and PowerOffice refuses a second voucher with the same reference in any case.
 *
 * The voucher goes to PowerOffice's cash journals when the client grants CashVoucher_Full, else to
 * its manual journals (`po.journal`); the posting row records which, and keeps the department's
 * running number it was given (ImportedVoucherNo) through every retry.
 */
export async function postOnce(app: FastifyInstance, po: PowerOfficeContext, request: PostRequest): Promise<PostOutcome> {
  const { lines, description, ...claim } = request;
  const json = linesJson(lines);
  const outcome = await claimPosting(app.db, { ...claim, linesJson: json });
  const reference = claim.reference;
  if (!outcome.claimed) {
    const p = outcome.posting;
    if (p.status === 'sent') return { kind: 'already_sent', voucherNo: p.voucher_no, reference };
    return { kind: 'busy', reference, message: 'Dagen overføres av en annen overføring' };
  }
  const posting = outcome.posting;
  try {
    if (outcome.resumed) {
      const found = await po.client.findVoucherByExternalReference(reference, { fromDate: claim.businessDay, toDate: claim.businessDay });
      if (found) {
        await preparePostingSend(app.db, { id: posting.id, departmentId: claim.departmentId }, found.journal);
        await markPostingSent(app.db, posting.id, { voucherId: found.Id, voucherNo: found.VoucherNo ?? null });
        return { kind: 'sent', voucherNo: found.VoucherNo ?? null, reference, postingId: posting.id, voucherId: found.Id };
      }
      if (posting.lines_json !== json || posting.fingerprint !== claim.fingerprint) {
        await setPostingContent(app.db, posting.id, claim.fingerprint, json);
      }
    }
    const journal = po.journal.journal;
    if (journal === null) {
      throw new VoucherResolveError('Klienten i PowerOffice GO gir ikke rettigheten CashVoucher_Full eller ManualVoucher_Full; bilaget kan ikke sendes');
    }
    const department = await findDepartment(app.db, claim.companyId, claim.departmentId);
    const { importedVoucherNo } = await preparePostingSend(app.db, { id: posting.id, departmentId: claim.departmentId }, journal);
    const body = await toVoucherPost(po, {
      businessDay: claim.businessDay,
      reference,
      description,
      lines,
      departmentName: department?.name ?? '',
      importedVoucherNo,
    });
    const result = journal === 'cash' ? await po.client.postCashVoucher(body) : await po.client.postManualVoucher(body);
    const voucherNo = result.value.VoucherNo ?? null;
    await markPostingSent(app.db, posting.id, { voucherId: result.value.Id, voucherNo });
    return { kind: 'sent', voucherNo, reference, postingId: posting.id, voucherId: result.value.Id };
  } catch (error) {
    const message = failureText(error);
    // Kept as 'failed', not deleted: whoever claims it next looks it up before posting.
    await markPostingFailed(app.db, posting.id, message);
    return { kind: 'failed', reference, message };
  }
}
