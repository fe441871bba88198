import type { FixTarget, PowerOfficeFacts, ProductTypeMapping, VoucherLine, VoucherProblem } from './types';

/**
 * Rule 10 of docs/voucher-rules.md: what blocks a day, each with what to change to fix it. Problems
 * about a line carry its index, so the preview can show them on the line.
 */

/** The mapping behind a line's account. */
export function fixTargetOf(line: VoucherLine): FixTarget {
  if (line.source === 'rounding') return { kind: 'rounding-account' };
  if (line.source === 'payment' || line.source === 'gift_card_redeemed') {
    return { kind: 'payment-type', id: line.paymentTypeId ?? null };
  }
  return { kind: 'product-type', id: line.productTypeId ?? null };
}

/** Collects problems once per (code, ref, line). */
export class ProblemList {
  private readonly seen = new Set<string>();
  readonly items: VoucherProblem[] = [];

  add(problem: VoucherProblem): void {
    const key = `${problem.code}|${problem.ref ?? ''}|${problem.lineIndex ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(problem);
  }
}

/** A line without account: which mapping is missing. */
export function missingAccountProblem(
  line: VoucherLine,
  lineIndex: number,
  rates: readonly number[],
  productTypes: ReadonlyMap<string, ProductTypeMapping>,
  paymentTypeNames: ReadonlyMap<string, string>,
): VoucherProblem {
  if (line.source === 'rounding') {
    return {
      code: 'missing_rounding_account',
      message: 'Konto for øreavrunding er ikke valgt.',
      fix: { kind: 'rounding-account' },
      lineIndex,
    };
  }
  if (line.source === 'payment' || line.source === 'gift_card_redeemed') {
    const id = line.paymentTypeId ?? '';
    const name = paymentTypeNames.get(id);
    return name === undefined
      ? {
          code: 'unknown_payment_type',
          message: `Ukjent betalingstype «${id}» i kassedata.`,
          fix: { kind: 'payment-type', id },
          ref: id,
          lineIndex,
        }
      : {
          code: 'missing_account',
          message: `Betalingstypen «${name}» mangler konto.`,
          fix: { kind: 'payment-type', id },
          ref: id,
          lineIndex,
        };
  }
  const id = line.productTypeId ?? '';
  const type = productTypes.get(id);
  if (!type) {
    return {
      code: 'unknown_product_type',
      message: `Ukjent produkttype «${id}» i kassedata.`,
      fix: { kind: 'product-type', id },
      ref: id,
      lineIndex,
    };
  }
  const what =
    type.kind === 'gift_card' ? 'gjeldskonto for gavekort' : `inntektskonto for ${rates.join('/')} % mva`;
  return {
    code: 'missing_account',
    message: `Produkttypen «${type.name}» mangler ${what}.`,
    fix: { kind: 'product-type', id },
    ref: id,
    lineIndex,
  };
}

export function missingVatCodeProblem(rate: number, lineIndex: number): VoucherProblem {
  return {
    code: 'missing_vat_code',
    message: `Momssats ${rate} % har ingen momskode i PowerOffice.`,
    fix: { kind: 'vat-code', id: String(rate) },
    ref: String(rate),
    lineIndex,
  };
}

/** Accounts and VAT codes checked against the PowerOffice client, when its lists are known. */
export function powerOfficeProblems(
  lines: readonly VoucherLine[],
  facts: PowerOfficeFacts,
  problems: ProblemList,
): void {
  const accounts = facts.accounts ? new Map(facts.accounts.map((a) => [a.accountNo, a])) : null;
  const vatCodes = facts.vatCodes ? new Map(facts.vatCodes.map((v) => [v.code, v])) : null;
  lines.forEach((line, lineIndex) => {
    if (accounts && line.accountNo !== null) {
      const account = accounts.get(line.accountNo);
      const ref = String(line.accountNo);
      const fix = fixTargetOf(line);
      if (!account) {
        problems.add({
          code: 'account_not_found',
          message: `Konto ${ref} finnes ikke i PowerOffice.`,
          fix,
          ref,
          lineIndex,
        });
      } else if (!account.isActive) {
        problems.add({
          code: 'account_inactive',
          message: `Konto ${ref} er inaktiv i PowerOffice.`,
          fix,
          ref,
          lineIndex,
        });
      } else if (account.isVatCodeLocked && !isSameVatCode(account.vatCode ?? null, line.vatCode)) {
        problems.add({
          code: 'vat_code_not_allowed',
          message: `Konto ${ref} tillater bare momskode ${account.vatCode ?? 'ingen'}, ikke ${line.vatCode ?? 'ingen'}.`,
          fix,
          ref,
          lineIndex,
        });
      }
    }
    if (vatCodes && line.vatCode !== null) {
      const vat = vatCodes.get(line.vatCode);
      const ref = line.vatCode;
      if (!vat) {
        problems.add({
          code: 'vat_code_not_found',
          message: `Momskode ${ref} finnes ikke i PowerOffice.`,
          fix: { kind: 'vat-code', id: null },
          ref,
          lineIndex,
        });
      } else if (!vat.isActive) {
        problems.add({
          code: 'vat_code_inactive',
          message: `Momskode ${ref} er inaktiv i PowerOffice.`,
          fix: { kind: 'vat-code', id: null },
          ref,
          lineIndex,
        });
      }
    }
  });
}

/** "0" is PowerOffice's "no VAT treatment"; a line without VAT code matches it. */
function isSameVatCode(accountCode: string | null, lineCode: string | null): boolean {
  const normalise = (code: string | null) => (code === null || code === '0' ? null : code);
  return normalise(accountCode) === normalise(lineCode);
}

export function lockedPeriodProblem(businessDay: string, lockDate: string): VoucherProblem {
  return {
    code: 'locked_period',
    message: `Bilagsdato ${businessDay} er på eller før sperredatoen ${lockDate} i PowerOffice.`,
    fix: { kind: 'connection' },
    ref: lockDate,
  };
}
