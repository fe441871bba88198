import type { ChartAccount } from '@qo/contracts';

/** "3010 Salgsinntekt", the bare number when the chart lacks it, "—" when none is chosen. */
export function accountLabel(accounts: readonly ChartAccount[], accountNo: number | null): string {
  if (accountNo === null) return '—';
  const account = accounts.find((a) => a.accountNo === accountNo);
  return account ? `${accountNo} ${account.name}` : String(accountNo);
}
