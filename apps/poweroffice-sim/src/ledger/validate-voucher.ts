import { z } from 'zod';
import { FieldErrors } from '../http/problem.js';
import type { ClientLedger, VatCode } from '../state/types.js';
import { resolveAccount, vatRefusal } from './accounts.js';
import { kronerToOre } from './money.js';

const isoDate = /^\d{4}-\d{2}-\d{2}/;

/** ManualVoucherPostDto as PowerOffice's schema declares it; unknown members are ignored as ASP.NET does. */
export const manualVoucherPostSchema = z.looseObject({
  VoucherDate: z.string().regex(isoDate, 'must be a date (YYYY-MM-DD)'),
  CurrencyCode: z.string().max(3).nullable(),
  Description: z.string().nullish(),
  ExternalImportReference: z.string().nullish(),
  ImportedVoucherNo: z.number().int().nullish(),
  SaftBatchId: z.string().max(35).nullish(),
  SaftSourceId: z.string().max(35).nullish(),
  VoucherLines: z
    .array(
      z.looseObject({
        AccountId: z.number().int().nullable(),
        CurrencyAmount: z.number(),
        CurrencyCode: z.string().max(3).nullish(),
        DepartmentId: z.number().int().nullish(),
        Description: z.string().nullish(),
        ExternalLineReference: z.string().nullish(),
        PostingDate: z.string().regex(isoDate, 'must be a date (YYYY-MM-DD)'),
        VatId: z.number().int().nullable(),
      }),
    )
    .nullish(),
});
export type ManualVoucherPost = z.infer<typeof manualVoucherPostSchema>;

export interface ValidLine {
  index: number;
  accountId: number;
  amountOre: number;
  postingDate: string;
  vat: VatCode | null;
  departmentId: number | null;
}

/**
 * The checks a ledger makes before it accepts a voucher. Returns the lines in øre, or every
 * problem found (all of them at once, with the line they belong to).
 */
export function validateManualVoucher(
  ledger: ClientLedger,
  body: ManualVoucherPost,
): { lines: ValidLine[] } | { errors: FieldErrors } {
  const errors = new FieldErrors();
  const currency = body.CurrencyCode ?? 'NOK';
  if (currency !== 'NOK')
    errors.add('CurrencyCode', `Currency '${currency}' is not supported by the simulator; only NOK.`);
  const lines = body.VoucherLines ?? [];
  if (lines.length === 0) errors.add('VoucherLines', 'The voucher has no lines.');

  const valid: ValidLine[] = [];
  let amountsValid = true;
  lines.forEach((line, index) => {
    const at = `VoucherLines[${index}]`;
    const amountOre = kronerToOre(line.CurrencyAmount);
    if (amountOre === null) {
      amountsValid = false;
      errors.add(`${at}.CurrencyAmount`, `Amount ${line.CurrencyAmount} is not a whole number of øre.`);
    } else if (amountOre === 0) {
      amountsValid = false;
      errors.add(`${at}.CurrencyAmount`, 'Amount must be different from 0.');
    }
    if (line.CurrencyCode != null && line.CurrencyCode !== currency) {
      errors.add(
        `${at}.CurrencyCode`,
        `Line currency '${line.CurrencyCode}' differs from the voucher's; only NOK is supported.`,
      );
    }

    const postingDate = line.PostingDate.slice(0, 10);
    if (postingDate <= ledger.lockDate) {
      errors.add(
        `${at}.PostingDate`,
        `Posting date ${postingDate} is on or before the lock date ${ledger.lockDate}.`,
      );
    }

    let vat: VatCode | null = null;
    if (line.VatId !== null) {
      vat = ledger.vatCodes.find((v) => v.id === line.VatId) ?? null;
      if (vat === null) errors.add(`${at}.VatId`, `VAT code with id = ${line.VatId} does not exist.`);
      else if (
        !vat.isActive ||
        (vat.validTo !== null && vat.validTo < postingDate) ||
        vat.validFrom > postingDate
      ) {
        errors.add(`${at}.VatId`, `VAT code ${vat.code} is not valid on ${postingDate}.`);
      }
    }

    if (line.AccountId === null) {
      errors.add(`${at}.AccountId`, 'AccountId is required.');
    } else {
      const resolved = resolveAccount(ledger, line.AccountId);
      if (resolved === null) {
        errors.add(`${at}.AccountId`, `Account with id = ${line.AccountId} does not exist.`);
      } else if (!resolved.account.isActive) {
        errors.add(
          `${at}.AccountId`,
          `Account ${resolved.account.accountNo} (${resolved.account.name}) is inactive.`,
        );
      } else if (resolved.account.isSubledgerControl && resolved.customer === null) {
        errors.add(
          `${at}.AccountId`,
          `Account ${resolved.account.accountNo} is the control account of the customer sub-ledger; post to the customer's sub-ledger account instead.`,
        );
      } else if (resolved.customer !== null && !resolved.customer.isActive) {
        errors.add(
          `${at}.AccountId`,
          `Customer ${resolved.customer.number} (${resolved.customer.name}) is inactive.`,
        );
      } else if (line.VatId === null || vat !== null) {
        const refusal = vatRefusal(ledger, resolved.account, vat);
        if (refusal !== null) errors.add(`${at}.VatId`, refusal);
      }
    }

    let departmentId: number | null = null;
    if (line.DepartmentId != null && line.DepartmentId !== -1) {
      const department = ledger.departments.find((d) => d.id === line.DepartmentId);
      if (!department)
        errors.add(`${at}.DepartmentId`, `Department with id = ${line.DepartmentId} does not exist.`);
      else if (!department.isActive)
        errors.add(`${at}.DepartmentId`, `Department ${department.code} (${department.name}) is inactive.`);
      else departmentId = department.id;
    }

    if (amountOre !== null && line.AccountId !== null) {
      valid.push({ index, accountId: line.AccountId, amountOre, postingDate, vat, departmentId });
    }
  });

  if (amountsValid && lines.length > 0) {
    const sum = valid.reduce((s, l) => s + l.amountOre, 0);
    if (sum !== 0)
      errors.add(
        'VoucherLines',
        `The voucher does not balance: the lines sum to ${(sum / 100).toFixed(2)}, not 0.`,
      );
  }
  return errors.isEmpty ? { lines: valid } : { errors };
}
