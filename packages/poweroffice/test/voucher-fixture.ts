import type { ManualVoucherPost, PowerOfficeClientForKeys } from '../src/index.js';

/** A day after every demo client's lock date. */
export const POSTING_DATE = '2026-03-02';

/** A balanced day-end style voucher: card settlement to the bank against 25 % sales. */
export async function saleVoucher(
  c: PowerOfficeClientForKeys,
  reference: string | undefined,
  kroner = 1250,
): Promise<ManualVoucherPost> {
  const accounts = await c.resolveAccounts([1920, 3000]);
  const vat = await c.listVatCodes();
  const noVat = vat.find((v) => v.Code === '0')!;
  const outputHigh = vat.find((v) => v.Code === '3')!;
  return {
    VoucherDate: POSTING_DATE,
    CurrencyCode: 'NOK',
    Description: 'Z-report test',
    ExternalImportReference: reference,
    VoucherLines: [
      {
        AccountId: accounts.get(1920)!.Id,
        PostingDate: POSTING_DATE,
        VatId: noVat.Id,
        CurrencyAmount: kroner,
        Description: 'Card settlement',
      },
      {
        AccountId: accounts.get(3000)!.Id,
        PostingDate: POSTING_DATE,
        VatId: outputHigh.Id,
        CurrencyAmount: -kroner,
        Description: 'Sales 25%',
      },
    ],
  };
}

export function postedWithReference(posted: { Vouchers: Array<Record<string, unknown>> }, reference: string) {
  return posted.Vouchers.filter(
    (v) => (v.ExternalImportReference ?? v.externalImportReference) === reference,
  );
}
