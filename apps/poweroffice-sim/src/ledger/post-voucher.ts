import { deterministicUuid } from '../keys.js';
import type { AccountTransaction, ClientLedger, Voucher, VoucherLine } from '../state/types.js';
import { resolveAccount } from './accounts.js';
import { vatOfGross } from './money.js';
import type { ManualVoucherPost, ValidLine } from './validate-voucher.js';

/** Commits a validated manual, cash or (admin API) bank voucher: next VoucherNo, then its account transactions. */
export function postVoucher(
  ledger: ClientLedger,
  voucherType: 'ManualJournal' | 'CashJournal' | 'BankJournal',
  body: ManualVoucherPost,
  lines: ValidLine[],
  applicationKey: string,
  at: string,
): Voucher {
  const voucherNo = ledger.nextVoucherNo++;
  const bodyLines = body.VoucherLines ?? [];
  const voucher: Voucher = {
    id: deterministicUuid(`voucher:${ledger.id}:${voucherNo}`),
    voucherNo,
    voucherType,
    voucherDate: body.VoucherDate.slice(0, 10),
    currencyCode: body.CurrencyCode ?? 'NOK',
    description: body.Description ?? null,
    externalImportReference: body.ExternalImportReference ?? null,
    importedVoucherNo: body.ImportedVoucherNo ?? null,
    saftBatchId: body.SaftBatchId ?? null,
    saftSourceId: body.SaftSourceId ?? null,
    isReversed: false,
    reversedByVoucherId: null,
    reversalOfVoucherId: null,
    created: at,
    createdByApplicationKey: applicationKey,
    lines: lines.map((l): VoucherLine => {
      const raw: Record<string, unknown> = bodyLines[l.index] ?? {};
      return {
        id: ledger.nextLineId++,
        accountId: l.accountId,
        amountOre: l.amountOre,
        currencyCode: voucherCurrency(body),
        departmentId: l.departmentId,
        description: (raw.Description as string | null | undefined) ?? null,
        externalLineReference: (raw.ExternalLineReference as string | null | undefined) ?? null,
        postingDate: l.postingDate,
        vatId: l.vat?.id ?? null,
        raw,
      };
    }),
  };
  ledger.vouchers.push(voucher);
  bookTransactions(ledger, voucher, null);
  return voucher;
}

function voucherCurrency(body: ManualVoucherPost): string {
  return body.CurrencyCode ?? 'NOK';
}

/**
 * Books a voucher's lines as account transactions. A line with a VAT code is split the way a
 * Norwegian ledger does: net on the line's account, VAT (gross × rate / (1 + rate), rounded to the
 * øre) on the code's VAT account, e.g. 2700 for code 3.
 */
function bookTransactions(ledger: ClientLedger, voucher: Voucher, reversed: Voucher | null): void {
  const noVat = ledger.vatCodes.find((v) => v.code === '0');
  for (const line of voucher.lines) {
    const resolved = resolveAccount(ledger, line.accountId);
    if (!resolved) throw new Error(`account ${line.accountId} vanished`);
    const vat = ledger.vatCodes.find((v) => v.id === line.vatId) ?? null;
    const vatAccount =
      vat?.vatAccountNo == null ? undefined : ledger.accounts.find((a) => a.accountNo === vat.vatAccountNo);
    const vatOre = vat && vatAccount ? vatOfGross(line.amountOre, vat.rateBp) : 0;
    const department = ledger.departments.find((d) => d.id === line.departmentId) ?? null;
    const common = {
      voucherId: voucher.id,
      voucherNo: voucher.voucherNo,
      voucherType: voucher.voucherType,
      voucherDate: voucher.voucherDate,
      voucherDescription: voucher.description,
      postingDate: line.postingDate,
      currencyCode: line.currencyCode,
      departmentId: department?.id ?? null,
      departmentCode: department?.code ?? null,
      description: line.description,
      externalImportReference: voucher.externalImportReference,
      importedVoucherNo: voucher.importedVoucherNo,
      vatId: vat?.id ?? noVat?.id ?? 0,
      vatCode: vat?.code ?? null,
      vatRateBp: vat?.rateBp ?? 0,
      isReversed: false,
      reversedVoucherId: reversed?.id ?? null,
      reversedVoucherNo: reversed?.voucherNo ?? null,
      created: voucher.created,
    };
    const push = (t: Omit<AccountTransaction, 'id' | keyof typeof common>) =>
      ledger.transactions.push({ id: ledger.nextTransactionId++, ...common, ...t });
    push({
      accountId: resolved.account.id,
      accountNo: resolved.account.accountNo,
      customerAccountNo: resolved.customer?.number ?? null,
      amountOre: line.amountOre - vatOre,
      vatAmountOre: vatOre,
    });
    if (vatOre !== 0 && vatAccount) {
      push({
        accountId: vatAccount.id,
        accountNo: vatAccount.accountNo,
        customerAccountNo: null,
        amountOre: vatOre,
        vatAmountOre: 0,
      });
    }
  }
}

/** Creates the reversal voucher (same dates, amounts negated) and frees the original's reference. */
export function reverseVoucher(
  ledger: ClientLedger,
  original: Voucher,
  applicationKey: string,
  at: string,
): Voucher {
  const voucherNo = ledger.nextVoucherNo++;
  const reversal: Voucher = {
    ...original,
    id: deterministicUuid(`voucher:${ledger.id}:${voucherNo}`),
    voucherNo,
    voucherType: 'ReversalVoucher',
    description: `Reversering av bilag ${original.voucherNo}`,
    externalImportReference: null,
    isReversed: false,
    reversalOfVoucherId: original.id,
    created: at,
    createdByApplicationKey: applicationKey,
    lines: original.lines.map((l) => ({ ...l, id: ledger.nextLineId++, amountOre: -l.amountOre })),
  };
  original.isReversed = true;
  original.reversedByVoucherId = reversal.id;
  for (const t of ledger.transactions) if (t.voucherId === original.id) t.isReversed = true;
  ledger.vouchers.push(reversal);
  bookTransactions(ledger, reversal, original);
  return reversal;
}
