import type { MappingProblem, PosVatRate } from '@qo/contracts';
import { findAccount, type ChartData } from './chart';

/*
 * The rules a mapping is held to, as pure functions of the mapping and the connected client's chart.
 * The same problems are shown on the mapping pages, in the setup checklist and — for the kinds that
 * make a voucher wrong — refused on save. Without a chart (nothing connected) accounts cannot be
 * checked, so only what is missing is reported.
 */

const fmt = (no: number) => String(no);

/** A mapped account that is not in the chart or is inactive: never silently accepted. */
export function accountProblems(
  chart: ChartData | null,
  accountNo: number | null,
  field: string,
): MappingProblem[] {
  if (accountNo === null || chart === null) return [];
  const account = findAccount(chart, accountNo);
  if (!account) {
    return [
      {
        code: 'unknown_account',
        severity: 'error',
        field,
        message: `Konto ${fmt(accountNo)} finnes ikke i kontoplanen i PowerOffice GO`,
      },
    ];
  }
  if (!account.isActive) {
    return [
      {
        code: 'inactive_account',
        severity: 'error',
        field,
        message: `Konto ${fmt(accountNo)} ${account.name} er deaktivert i PowerOffice GO`,
      },
    ];
  }
  return [];
}

const isLiability = (no: number) => no >= 2000 && no <= 2999;
const isIncome = (no: number) => no >= 3000 && no <= 3999;
/** 19xx bank accounts; 1900–1909 are cash (kontanter, kassedifferanse). */
export const isBankAccount = (no: number) => no >= 1910 && no <= 1999;

export interface ProductTypeLike {
  kind: 'sales' | 'gift_card';
  normalAccountNo: number | null;
  reducedAccountNo: number | null;
}

export function productTypeProblems(pt: ProductTypeLike, chart: ChartData | null): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (pt.kind === 'gift_card') {
    if (pt.normalAccountNo === null) {
      problems.push({
        code: 'missing_account',
        severity: 'error',
        field: 'normalAccountNo',
        message: 'Velg gjeldskonto for gavekort (f.eks. 2901)',
      });
    } else if (!isLiability(pt.normalAccountNo)) {
      problems.push({
        code: 'wrong_account_class',
        severity: 'error',
        field: 'normalAccountNo',
        message: 'Gavekort er gjeld: velg en konto i 2xxx-serien (f.eks. 2901)',
      });
    }
    return [...problems, ...accountProblems(chart, pt.normalAccountNo, 'normalAccountNo')];
  }
  const accounts = [
    ['normalAccountNo', pt.normalAccountNo, 'Velg inntektskonto for normal mva (servering, 25 %)'],
    ['reducedAccountNo', pt.reducedAccountNo, 'Velg inntektskonto for redusert mva (takeaway, 15 %)'],
  ] as const;
  for (const [field, accountNo, missing] of accounts) {
    if (accountNo === null) {
      problems.push({ code: 'missing_account', severity: 'error', field, message: missing });
      continue;
    }
    problems.push(...accountProblems(chart, accountNo, field));
    if (!isIncome(accountNo)) {
      problems.push({
        code: 'wrong_account_class',
        severity: 'warning',
        field,
        message: `Konto ${fmt(accountNo)} er ikke en inntektskonto (3xxx)`,
      });
    }
  }
  return problems;
}

export interface PaymentTypeLike {
  kind: 'cash' | 'card' | 'mobile' | 'gift_card' | 'credit' | 'other';
  accountNo: number | null;
  transferToAccounting: boolean;
}

export function paymentTypeProblems(
  pt: PaymentTypeLike,
  chart: ChartData | null,
  invoicingOn: boolean,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (pt.transferToAccounting && pt.accountNo === null) {
    problems.push({
      code: 'missing_account',
      severity: 'error',
      field: 'accountNo',
      message: 'Velg konto: betalingstypen overføres til regnskap',
    });
  }
  problems.push(...accountProblems(chart, pt.accountNo, 'accountNo'));
  if ((pt.kind === 'card' || pt.kind === 'mobile') && pt.accountNo !== null && isBankAccount(pt.accountNo)) {
    problems.push({
      code: 'bank_account_for_card',
      severity: 'warning',
      field: 'accountNo',
      message: `Konto ${fmt(pt.accountNo)} er en bankkonto. Kort og Vipps bør gå via en mellomregningskonto i 15xx-serien, ikke rett i banken.`,
    });
  }
  if (pt.kind === 'credit' && pt.transferToAccounting && invoicingOn) {
    problems.push({
      code: 'credit_transferred_with_invoicing',
      severity: 'error',
      field: 'transferToAccounting',
      message:
        'Automatisk fakturering er på: kredittsalg går til PowerOffice som ordre. Slå av «overføres til regnskap» for Kreditt for å unngå dobbel bokføring.',
    });
  }
  return problems;
}

/** SAF-T output codes (Skatteetaten's standard tax codes) to suggest for each POS rate. */
export const SUGGESTED_VAT_CODES: Record<PosVatRate, string> = { 25: '3', 15: '31', 12: '33', 0: '5' };

export function vatCodeProblems(
  rate: PosVatRate,
  code: string | null,
  chart: ChartData | null,
): MappingProblem[] {
  if (code === null) {
    return [
      {
        code: 'missing_vat_code',
        severity: 'error',
        field: 'powerOfficeVatCode',
        message: `Velg momskode for ${rate} % (forslag: ${SUGGESTED_VAT_CODES[rate]})`,
      },
    ];
  }
  if (chart === null) return [];
  const vat = chart.vatCodes.find((v) => v.code === code);
  if (!vat || !vat.isActive) {
    return [
      {
        code: 'unknown_vat_code',
        severity: 'error',
        field: 'powerOfficeVatCode',
        message: `Momskode ${code} finnes ikke (eller er utgått) i PowerOffice GO`,
      },
    ];
  }
  if (vat.rate !== rate) {
    return [
      {
        code: 'vat_rate_mismatch',
        severity: 'error',
        field: 'powerOfficeVatCode',
        message: `Momskode ${code} har sats ${vat.rate} %, ikke ${rate} %`,
      },
    ];
  }
  return [];
}

export function roundingAccountProblems(accountNo: number | null, chart: ChartData | null): MappingProblem[] {
  if (accountNo === null) {
    return [
      {
        code: 'missing_account',
        severity: 'error',
        field: 'roundingAccountNo',
        message: 'Velg konto for øreavrunding (vanligvis 7740)',
      },
    ];
  }
  return accountProblems(chart, accountNo, 'roundingAccountNo');
}

/** The problems a save must refuse (422): a wrong account would make every voucher wrong. */
export function refusable(problems: readonly MappingProblem[]): MappingProblem[] {
  return problems.filter(
    (p) =>
      p.severity === 'error' &&
      [
        'unknown_account',
        'inactive_account',
        'wrong_account_class',
        'unknown_vat_code',
        'vat_rate_mismatch',
      ].includes(p.code),
  );
}
