import type { VoucherLine } from '@qo/accounting';
import { isPowerOfficeError, oreToKroner, type ManualVoucherPost } from '@qo/poweroffice';
import { encodeFailure, powerOfficeFailureCode, powerOfficeReason } from '../integrations/poweroffice-errors';
import type { PowerOfficeContext } from './poweroffice-context';

export class VoucherResolveError extends Error {}

/**
 * A voucher as PowerOffice takes it: account numbers and VAT codes resolved to PowerOffice's ids
 * through the client, gross amounts in kroner, every line dated the business day and carrying the
 * department's PowerOffice department.
 */
export async function toManualVoucherPost(
  po: PowerOfficeContext,
  input: { businessDay: string; reference: string; description: string; lines: readonly VoucherLine[] },
): Promise<ManualVoucherPost> {
  const numbers = input.lines.map((l) => {
    if (l.accountNo === null) throw new VoucherResolveError(`Linjen «${l.description}» mangler konto`);
    return l.accountNo;
  });
  const accounts = await po.client.resolveAccounts(numbers);
  const departmentId = po.integration.poweroffice_department_id;
  return {
    VoucherDate: input.businessDay,
    CurrencyCode: 'NOK',
    Description: input.description,
    ExternalImportReference: input.reference,
    VoucherLines: input.lines.map((l) => {
      let vatId: number | null = null;
      if (l.vatCode !== null) {
        const id = po.vatIdByCode.get(l.vatCode);
        if (id === undefined) throw new VoucherResolveError(`MVA-kode ${l.vatCode} finnes ikke i PowerOffice GO`);
        vatId = id;
      }
      return {
        AccountId: accounts.get(l.accountNo!)!.Id,
        PostingDate: input.businessDay,
        VatId: vatId,
        CurrencyAmount: oreToKroner(l.amount),
        CurrencyCode: 'NOK',
        Description: l.description,
        ...(departmentId != null ? { DepartmentId: departmentId } : {}),
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

/** Whether PowerOffice certainly did not process the write (so nobody needs to look it up). */
export function certainlyRefused(error: unknown): boolean {
  if (error instanceof VoucherResolveError) return true;
  return isPowerOfficeError(error) && ['validation', 'missing_privilege', 'missing_module', 'invalid_keys', 'not_found'].includes(error.kind);
}
