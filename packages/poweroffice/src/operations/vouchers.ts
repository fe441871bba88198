import { isPowerOfficeError } from '../errors.js';
import { manualVoucherPostSchema, manualVoucherSchema, type ManualVoucher, type ManualVoucherPost } from '../schemas/vouchers.js';
import type { AccountTransactionOperations } from './account-transactions.js';
import { required, type OperationContext } from './context.js';
import { parseRequest } from './request.js';
import { writeOnce, type WriteResult } from './write-once.js';

export interface DateRange {
  fromDate: string;
  toDate: string;
}

export function voucherOperations({ call }: OperationContext, transactions: AccountTransactionOperations) {
  async function getManualVoucher(id: string): Promise<ManualVoucher> {
    const result = await call({ operation: 'getManualVoucher', method: 'GET', path: `/Vouchers/ManualJournals/${encodeURIComponent(id)}`, retry: 'read', privilege: 'ManualVoucher_Full', schema: manualVoucherSchema });
    return required(result.data, 'getManualVoucher');
  }

  /**
   * There is no voucher search by reference in v2; the posted ledger lines carry the
   * ExternalImportReference, so the voucher is found through AccountTransactions in the date
   * range it was posted in. Reversed vouchers no longer hold their reference.
   */
  async function findManualVoucherByExternalReference(reference: string, range: DateRange): Promise<ManualVoucher | undefined> {
    const lines = await transactions.listAccountTransactions(range);
    const line = lines.find((t) => t.ExternalImportReference === reference && t.IsReversed !== true && t.VoucherType !== 'ReversalVoucher');
    if (!line) return undefined;
    try {
      return await getManualVoucher(line.VoucherId);
    } catch (error) {
      // Another integration's voucher is invisible to this one; it still is not ours to post again.
      if (isPowerOfficeError(error, 'not_found')) return undefined;
      throw error;
    }
  }

  return {
    getManualVoucher,
    findManualVoucherByExternalReference,

    /**
     * Direct-posts a manual voucher (gross amounts in kroner, debit positive, VAT by `VatId`).
     * With an ExternalImportReference the call is safe to repeat: see `writeOnce`.
     */
    async postManualVoucher(voucher: ManualVoucherPost): Promise<WriteResult<ManualVoucher>> {
      const body = parseRequest(manualVoucherPostSchema, voucher, 'postManualVoucher');
      const range = postingRange(body);
      const result = await writeOnce(
        call,
        { operation: 'postManualVoucher', method: 'POST', path: '/Vouchers/ManualJournals', body, privilege: 'ManualVoucher_Full', schema: manualVoucherSchema },
        body.ExternalImportReference,
        () => findManualVoucherByExternalReference(body.ExternalImportReference!, range),
      );
      // Whether the POST answer always carries the final VoucherNo is unconfirmed; read it back if not.
      if (result.value.VoucherNo === undefined) return { ...result, value: await getManualVoucher(result.value.Id) };
      return result;
    },

    /**
     * Reverses a voucher this integration posted; afterwards its ExternalImportReference may be
     * used again. Not retried on a lost answer: a second reversal request is refused, not doubled,
     * but the caller should check the voucher before asking again.
     */
    async reverseVoucher(id: string): Promise<{ status: number }> {
      const result = await call({ operation: 'reverseVoucher', method: 'POST', path: `/Vouchers/Reverse/${encodeURIComponent(id)}`, retry: 'write', privilege: 'YearEndVoucher_Full' });
      return { status: result.status };
    },
  };
}

/** The dates a voucher's ledger lines can carry: its voucher date and every line's posting date. */
function postingRange(voucher: ManualVoucherPost): DateRange {
  const dates = [voucher.VoucherDate, ...(voucher.VoucherLines ?? []).map((l) => l.PostingDate)].sort();
  return { fromDate: dates[0]!, toDate: dates[dates.length - 1]! };
}
