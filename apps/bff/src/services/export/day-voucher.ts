import {
  buildDayVoucher,
  clearingMatchingReference,
  dayOrders,
  externalImportReference,
  isClearingLine,
  type DayVoucher,
  type VoucherLine,
  type VoucherMappings,
} from '@qo/accounting';
import type { VoucherLineDto, VoucherProblemDto } from '@qo/contracts';
import type { DayData } from './period-days';
import type { PowerOfficeContext } from './poweroffice-context';

export interface BuiltDay {
  day: DayData;
  /** null: no orders and no cash movements that day. */
  voucher: DayVoucher | null;
}

export function buildDay(day: DayData, mappings: VoucherMappings, po: PowerOfficeContext | null): BuiltDay {
  const voucher = buildDayVoucher({
    businessDay: day.businessDay,
    orders: dayOrders(day, mappings),
    cashMovements: day.cashMovements,
    mappings,
    ...(po ? { powerOffice: po.facts } : {}),
  });
  return { day, voucher };
}

export function referenceOf(departmentId: string, businessDay: string, version: number): string {
  return externalImportReference({ departmentId, businessDay, version });
}

/** The CustomMatchingReference a line is posted with: clearing lines only (see `@qo/accounting`'s clearing.ts). */
export function matchingReferenceOf(
  line: Pick<VoucherLine, 'accountNo' | 'source'>,
  day: { departmentId: string; businessDay: string },
): string | null {
  return isClearingLine(line) ? clearingMatchingReference({ ...day, accountNo: line.accountNo! }) : null;
}

export function toLineDto(
  line: VoucherLine,
  po: PowerOfficeContext | null,
  day: { departmentId: string; businessDay: string },
): VoucherLineDto {
  const name =
    line.accountName ?? (line.accountNo !== null ? po?.accountsByNo.get(line.accountNo)?.Name : undefined);
  return {
    matchingReference: matchingReferenceOf(line, day),
    accountNo: line.accountNo,
    accountName: name ?? null,
    vatCode: line.vatCode,
    amount: line.amount,
    description: line.description,
    department: po?.departmentLabel ?? null,
    source: line.source,
  };
}

export function toProblemDtos(voucher: DayVoucher): VoucherProblemDto[] {
  return voucher.problems.map((p) => ({
    code: p.code,
    message: p.message,
    fix: p.fix,
    ref: p.ref ?? null,
    lineIndex: p.lineIndex ?? null,
  }));
}

export function debitOf(lines: readonly { amount: number }[]): number {
  let debit = 0;
  for (const l of lines) if (l.amount > 0) debit += l.amount;
  return debit;
}
