import { parseVoucherReference, type LedgerTransaction } from '@qo/accounting';
import {
  kronerToOre,
  listAll,
  type AccountTransaction,
  type PowerOfficeClientForKeys,
} from '@qo/poweroffice';

/*
 * What the reconciliation reads from PowerOffice, through the department's client (so through the
 * shared request budget): every transaction on the clearing accounts in the window, page by page,
 * and then the other lines of the vouchers that credit them and are not the department's own day
 * vouchers (the settlements: their bank and fee lines), by voucher number in batches short enough
 * for a URL. Nothing is written.
 */

/** Voucher numbers per request: ~8 characters each keeps the query well inside 2 000 characters. */
const VOUCHER_NOS_PER_REQUEST = 150;

export interface LedgerRead {
  transactions: LedgerTransaction[];
  settlementLines: LedgerTransaction[];
  /** PowerOffice requests the read took (pages and batches). */
  requests: number;
}

export function toLedgerTransaction(t: AccountTransaction): LedgerTransaction {
  return {
    id: t.Id,
    accountNo: t.AccountNo,
    postingDate: t.PostingDate,
    amount: kronerToOre(t.Amount),
    description: t.Description ?? null,
    voucherDescription: t.VoucherDescription ?? null,
    voucherId: t.VoucherId,
    voucherNo: t.VoucherNo,
    voucherType: t.VoucherType ?? null,
    externalImportReference: t.ExternalImportReference ?? null,
    isReversed: t.IsReversed ?? false,
    reversedVoucherId: t.ReversedVoucherId ?? null,
  };
}

export async function readClearingLedger(
  client: PowerOfficeClientForKeys,
  window: { fromDate: string; toDate: string; accountNos: readonly number[] },
  paging: { firstPageNumber: number; pageSize: number },
): Promise<LedgerRead> {
  let requests = 0;
  const pages = (filter: Parameters<PowerOfficeClientForKeys['listAccountTransactions']>[0]) =>
    listAll(async (page) => {
      requests++;
      return client.listAccountTransactions({ ...filter, page });
    }, paging);

  const transactions = (
    await pages({ fromDate: window.fromDate, toDate: window.toDate, accountNos: window.accountNos })
  ).map(toLedgerTransaction);
  const settlementVoucherNos = [
    ...new Set(
      transactions
        .filter(
          (t) =>
            t.amount < 0 && !(t.externalImportReference && parseVoucherReference(t.externalImportReference)),
        )
        .map((t) => t.voucherNo),
    ),
  ].sort((a, b) => a - b);
  const clearing = new Set(window.accountNos);
  const settlementLines: LedgerTransaction[] = [];
  for (let i = 0; i < settlementVoucherNos.length; i += VOUCHER_NOS_PER_REQUEST) {
    const batch = settlementVoucherNos.slice(i, i + VOUCHER_NOS_PER_REQUEST);
    const lines = await pages({ fromDate: window.fromDate, toDate: window.toDate, voucherNos: batch });
    for (const line of lines)
      if (!clearing.has(line.AccountNo)) settlementLines.push(toLedgerTransaction(line));
  }
  return { transactions, settlementLines, requests };
}
