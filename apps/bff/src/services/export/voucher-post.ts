import { NO_VAT_CODE, type VoucherLine } from '@qo/accounting';
import { isPowerOfficeError, oreToKroner, type CashVoucherPost } from '@qo/poweroffice';
import { encodeFailure, powerOfficeFailureCode, powerOfficeReason } from '../poweroffice/poweroffice-errors';
import { matchingReferenceOf } from './day-voucher';
import type { PowerOfficeContext } from './poweroffice-context';

export class VoucherResolveError extends Error {}

/** SAF-T ids are at most 35 characters. */
const SAFT_ID_MAX = 35;

/** `SaftSourceId`: the POS, i.e. the department. */
export function saftSourceId(departmentName: string): string {
  return departmentName.trim().slice(0, SAFT_ID_MAX);
}

/** `SaftBatchId`: the department and the business day, e.g. "Sentrum 2026-03-13" (≤ 35 characters). */
export function saftBatchId(departmentName: string, businessDay: string): string {
  return `${departmentName.trim().slice(0, SAFT_ID_MAX - businessDay.length - 1)} ${businessDay}`;
}

/**
 * A voucher as PowerOffice takes it (cash and manual journals have the same members): account
 * numbers and VAT codes resolved to PowerOffice's ids through the client, gross amounts in kroner,
 * every line dated the business day and carrying the department's PowerOffice department. Every
 * line names its VAT code: the mapped code for sales, VAT code 0 for payments, gift cards, rounding
 * and every other line without VAT. `ImportedVoucherNo`, `SaftSourceId` and `SaftBatchId` tie the
 * voucher in PowerOffice's SAF-T back to the POS's day. A payment line on a clearing account carries
 * the day's `CustomMatchingReference` (docs/reconciliation.md), corrections' lines too.
 */
export async function toVoucherPost(
  po: PowerOfficeContext,
  input: {
    businessDay: string;
    departmentId: string;
    reference: string;
    description: string;
    lines: readonly VoucherLine[];
    departmentName: string;
    importedVoucherNo: number;
  },
): Promise<CashVoucherPost> {
  const numbers = input.lines.map((l) => {
    if (l.accountNo === null) throw new VoucherResolveError(`Linjen «${l.description}» mangler konto`);
    return l.accountNo;
  });
  const accounts = await po.client.resolveAccounts(numbers);
  const departmentId = po.integration.poweroffice_department_id;
  const vatIdOf = (code: string) => {
    const id = po.vatIdByCode.get(code);
    if (id === undefined) throw new VoucherResolveError(`MVA-kode ${code} finnes ikke i PowerOffice GO`);
    return id;
  };
  return {
    VoucherDate: input.businessDay,
    CurrencyCode: 'NOK',
    Description: input.description,
    ExternalImportReference: input.reference,
    ImportedVoucherNo: input.importedVoucherNo,
    SaftSourceId: saftSourceId(input.departmentName),
    SaftBatchId: saftBatchId(input.departmentName, input.businessDay),
    VoucherLines: input.lines.map((l) => {
      const matchingReference = matchingReferenceOf(l, input);
      return {
        AccountId: accounts.get(l.accountNo!)!.Id,
        PostingDate: input.businessDay,
        VatId: vatIdOf(l.vatCode ?? NO_VAT_CODE),
        CurrencyAmount: oreToKroner(l.amount),
        CurrencyCode: 'NOK',
        Description: l.description,
        ...(departmentId != null ? { DepartmentId: departmentId } : {}),
        ...(matchingReference !== null ? { CustomMatchingReference: matchingReference } : {}),
      };
    }),
  };
}

/** PowerOffice's own words for a failure, for the day's result, with its code in front (see encodeFailure). */
export function failureText(error: unknown): string {
  if (isPowerOfficeError(error)) {
    const reason = powerOfficeReason(error);
    const fields = error.fieldErrors.map((f) => `${f.path}: ${f.message}`).join('; ');
    const text = fields && !reason.includes(fields) ? `${reason} (${fields})` : reason;
    return encodeFailure(powerOfficeFailureCode(error), 'poweroffice', text);
  }
  return error instanceof Error ? error.message : String(error);
}

/** A passing problem at PowerOffice (429, 5xx, timeout, unreachable): the same request may work later. */
export function isTransient(error: unknown): boolean {
  return isPowerOfficeError(error) && (error.kind === 'rate_limited' || error.kind === 'unavailable');
}
