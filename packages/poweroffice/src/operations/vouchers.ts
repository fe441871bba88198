import { PowerOfficeError, isPowerOfficeError } from '../errors.js';
import { sleep } from '../http/types.js';
import {
  cashVoucherPostSchema,
  cashVoucherSchema,
  manualVoucherPostSchema,
  manualVoucherSchema,
  type CashVoucherPost,
  type ManualVoucher,
  type ManualVoucherPost,
} from '../schemas/vouchers.js';
import type { AccountTransactionOperations } from './account-transactions.js';
import { required, type OperationContext } from './context.js';
import { parseRequest } from './request.js';
import { writeOnce, type WriteResult } from './write-once.js';

export interface DateRange {
  fromDate: string;
  toDate: string;
}

/** Which PowerOffice journal a voucher is posted through: ManualVoucherPosting or CashVoucherPosting. */
export type VoucherJournal = 'manual' | 'cash';

/** A voucher read back, with the journal it belongs to (the two DTOs have the same members). */
export type JournalVoucher = ManualVoucher & { journal: VoucherJournal };

export interface VoucherTiming {
  /** How often a voucher whose number is not final is read again before giving up (default 5). */
  finalNumberReads?: number;
  /** How long a reversal answered 202 is waited for (default 60 s). */
  reversalConfirmMs?: number;
  /** First pause between reads; doubles up to 2 s (default 250 ms). */
  pollMs?: number;
}

const journals = {
  manual: {
    get: 'getManualVoucher',
    post: 'postManualVoucher',
    path: '/Vouchers/ManualJournals',
    privilege: 'ManualVoucher_Full',
  },
  cash: {
    get: 'getCashVoucher',
    post: 'postCashVoucher',
    path: '/Vouchers/CashJournals',
    privilege: 'CashVoucher_Full',
  },
} as const;

/** A VoucherNo PowerOffice may still change: none yet, or the placeholder 0. */
function isFinalNumber(voucherNo: number | undefined): voucherNo is number {
  return voucherNo !== undefined && voucherNo > 0;
}

export function voucherOperations(
  { call }: OperationContext,
  transactions: AccountTransactionOperations,
  timing: VoucherTiming = {},
) {
  const finalNumberReads = timing.finalNumberReads ?? 5;
  const reversalConfirmMs = timing.reversalConfirmMs ?? 60_000;
  const pollMs = timing.pollMs ?? 250;

  async function getVoucher(journal: VoucherJournal, id: string): Promise<ManualVoucher> {
    const j = journals[journal];
    const result = await call({
      operation: j.get,
      method: 'GET',
      path: `${j.path}/${encodeURIComponent(id)}`,
      retry: 'read',
      privilege: j.privilege,
      schema: journal === 'cash' ? cashVoucherSchema : manualVoucherSchema,
    });
    return required(result.data, j.get);
  }

  /**
   * There is no voucher search by reference in v2; the posted ledger lines carry the
   * ExternalImportReference, so the voucher is found through AccountTransactions in the date
   * range it was posted in, and read through its own journal's route. Reversed vouchers no longer
   * hold their reference.
   */
  async function findVoucherByExternalReference(
    reference: string,
    range: DateRange,
  ): Promise<JournalVoucher | undefined> {
    const lines = await transactions.listAccountTransactions(range);
    const line = lines.find(
      (t) =>
        t.ExternalImportReference === reference &&
        t.IsReversed !== true &&
        t.VoucherType !== 'ReversalVoucher',
    );
    if (!line) return undefined;
    const journal: VoucherJournal = line.VoucherType === 'CashJournal' ? 'cash' : 'manual';
    try {
      return { ...(await getVoucher(journal, line.VoucherId)), journal };
    } catch (error) {
      // Another integration's voucher is invisible to this one; it still is not ours to post again.
      if (isPowerOfficeError(error, 'not_found')) return undefined;
      throw error;
    }
  }

  /**
   * The reversal vouchers PowerOffice made for vouchers, by the id of the voucher each reverses,
   * found in one ledger read like a voucher by reference: a reversal voucher's lines (VoucherType
   * ReversalVoucher) name the voucher they reverse in ReversedVoucherId. After a reversal answered
   * 202 one may be missing yet, or have no final number (absent or 0): then `voucherNo` is null and
   * the caller asks again later. `range` must cover the reversals' posting dates (the reversed
   * vouchers' dates, or the days they were reversed).
   */
  async function findReversalsOf(
    voucherIds: readonly string[],
    range: DateRange,
  ): Promise<Map<string, { id: string; voucherNo: number | null }>> {
    const found = new Map<string, { id: string; voucherNo: number | null }>();
    if (voucherIds.length === 0) return found;
    const wanted = new Map(voucherIds.map((id) => [id.toLowerCase(), id]));
    const lines = await transactions.listAccountTransactions({ ...range, voucherTypes: 'ReversalVoucher' });
    for (const line of lines) {
      const reversed =
        line.VoucherType === 'ReversalVoucher'
          ? wanted.get(line.ReversedVoucherId?.toLowerCase() ?? '')
          : undefined;
      if (reversed !== undefined && !found.has(reversed)) {
        found.set(reversed, {
          id: line.VoucherId,
          voucherNo: isFinalNumber(line.VoucherNo) ? line.VoucherNo : null,
        });
      }
    }
    return found;
  }

  /** Reads a voucher again until PowerOffice has given it its final number (or gives up, number unknown). */
  async function withFinalNumber(journal: VoucherJournal, voucher: ManualVoucher): Promise<ManualVoucher> {
    let current = voucher;
    let pause = pollMs;
    for (let read = 0; !isFinalNumber(current.VoucherNo) && read < finalNumberReads; read++) {
      if (read > 0) await sleep(pause);
      pause = Math.min(pause * 2, 2000);
      current = await getVoucher(journal, current.Id);
    }
    if (isFinalNumber(current.VoucherNo)) return current;
    const { VoucherNo: _interim, ...rest } = current;
    return rest;
  }

  async function post(
    journal: VoucherJournal,
    body: ManualVoucherPost | CashVoucherPost,
  ): Promise<WriteResult<ManualVoucher>> {
    const j = journals[journal];
    const range = postingRange(body);
    const result = await writeOnce(
      call,
      {
        operation: j.post,
        method: 'POST',
        path: j.path,
        body,
        privilege: j.privilege,
        schema: journal === 'cash' ? cashVoucherSchema : manualVoucherSchema,
      },
      body.ExternalImportReference,
      () => findVoucherByExternalReference(body.ExternalImportReference!, range),
    );
    // The POST answer's VoucherNo may be interim (absent or 0): the final number is read back.
    if (isFinalNumber(result.value.VoucherNo)) return result;
    return { ...result, value: await withFinalNumber(journal, result.value) };
  }

  return {
    getManualVoucher: (id: string) => getVoucher('manual', id),
    getCashVoucher: (id: string) => getVoucher('cash', id),
    getVoucher,
    findVoucherByExternalReference,
    findReversalsOf,
    /** Kept for callers that only know manual vouchers; finds a voucher of either journal. */
    findManualVoucherByExternalReference: findVoucherByExternalReference,

    /**
     * Direct-posts a manual voucher (gross amounts in kroner, debit positive, VAT by `VatId`).
     * With an ExternalImportReference the call is safe to repeat: see `writeOnce`.
     */
    async postManualVoucher(voucher: ManualVoucherPost): Promise<WriteResult<ManualVoucher>> {
      return post('manual', parseRequest(manualVoucherPostSchema, voucher, 'postManualVoucher'));
    },

    /**
     * Posts a cash voucher (CashVoucherPosting, `CashVoucher_Full`): a POS's daily cash sales, every
     * line with its VAT code, `ImportedVoucherNo`, `SaftSourceId` and `SaftBatchId` for the SAF-T
     * audit trail. Repeating it is as safe as for a manual voucher.
     */
    async postCashVoucher(voucher: CashVoucherPost): Promise<WriteResult<ManualVoucher>> {
      return post('cash', parseRequest(cashVoucherPostSchema, voucher, 'postCashVoucher'));
    },

    /**
     * Reverses a voucher this integration posted; afterwards its ExternalImportReference may be
     * used again. Not retried on a lost answer: a second reversal request is refused, not doubled,
     * but the caller should check the voucher before asking again. PowerOffice may answer 202
     * (accepted, done later): the voucher is then read until it shows as reversed; if it does not
     * within `reversalConfirmMs`, an `unavailable` error says the reversal is still pending.
     */
    async reverseVoucher(id: string, journal: VoucherJournal = 'manual'): Promise<{ status: number }> {
      const result = await call({
        operation: 'reverseVoucher',
        method: 'POST',
        path: `/Vouchers/Reverse/${encodeURIComponent(id)}`,
        retry: 'write',
        privilege: 'YearEndVoucher_Full',
      });
      if (result.status !== 202) return { status: result.status };
      const deadline = Date.now() + reversalConfirmMs;
      let pause = pollMs;
      for (;;) {
        await sleep(pause);
        pause = Math.min(pause * 2, 2000);
        const voucher = await getVoucher(journal, id);
        if (voucher.IsReversed === true) return { status: result.status };
        if (Date.now() + pause > deadline) {
          throw new PowerOfficeError({
            kind: 'unavailable',
            operation: 'reverseVoucher',
            status: 202,
            message: `PowerOffice accepted the reversal of voucher ${voucher.VoucherNo ?? id} but has not done it yet; check again later.`,
          });
        }
      }
    },
  };
}

/** The dates a voucher's ledger lines can carry: its voucher date and every line's posting date. */
function postingRange(voucher: ManualVoucherPost): DateRange {
  const dates = [voucher.VoucherDate, ...(voucher.VoucherLines ?? []).map((l) => l.PostingDate)].sort();
  return { fromDate: dates[0]!, toDate: dates[dates.length - 1]! };
}
