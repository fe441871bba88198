import type { ChartAccount, ChartVatCode } from '@qo/contracts';
import { departmentSchema, generalLedgerAccountSchema, vatCodeSchema } from '@qo/poweroffice';

/**
 * The connected client's chart of accounts and VAT codes in the shape the mappings need, built from
 * PowerOffice's DTOs as the list cache holds them. Items that do not parse are skipped rather than
 * failing the page: a mapping pointing at them then shows up as "unknown account", never silently.
 */
export interface ChartData {
  accounts: ChartAccount[];
  vatCodes: ChartVatCode[];
  /** Active PowerOffice departments (avdelinger); empty when the client does not use them. */
  activePowerOfficeDepartments: number;
  fetchedAt: string;
}

export function toChartAccounts(items: readonly unknown[]): ChartAccount[] {
  const accounts: ChartAccount[] = [];
  for (const item of items) {
    const parsed = generalLedgerAccountSchema.safeParse(item);
    if (!parsed.success) continue;
    const a = parsed.data;
    accounts.push({
      accountNo: a.AccountNo,
      name: a.Name ?? '',
      isActive: a.IsActive ?? true,
      type: a.GeneralLedgerAccountType ?? null,
      vatCode: a.VatCode ?? null,
    });
  }
  return accounts.sort((x, y) => x.accountNo - y.accountNo);
}

/**
 * PowerOffice sends Rate as a fraction (0.25); a percent (25) is accepted too, in case a client
 * answers that way. Rounded to hundredths of a percent so 11.11 % stays exact enough to compare.
 */
export function vatRateToPercent(rate: number): number {
  const percent = Math.abs(rate) <= 1 ? rate * 100 : rate;
  return Math.round(percent * 100) / 100;
}

export function toChartVatCodes(items: readonly unknown[]): ChartVatCode[] {
  const codes: ChartVatCode[] = [];
  for (const item of items) {
    const parsed = vatCodeSchema.safeParse(item);
    if (!parsed.success || !parsed.data.Code) continue;
    const v = parsed.data;
    codes.push({
      code: v.Code as string,
      name: v.Name ?? v.Description ?? '',
      rate: vatRateToPercent(v.Rate),
      isActive: v.IsActive ?? true,
    });
  }
  return codes;
}

export function countActiveDepartments(items: readonly unknown[]): number {
  let count = 0;
  for (const item of items) {
    const parsed = departmentSchema.safeParse(item);
    if (parsed.success && parsed.data.IsActive !== false) count += 1;
  }
  return count;
}

export function findAccount(chart: ChartData, accountNo: number): ChartAccount | undefined {
  return chart.accounts.find((a) => a.accountNo === accountNo);
}
