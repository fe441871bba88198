import type { Account, ClientLedger, Customer, VatCode } from '../state/types.js';

/** What a line's AccountId points at: a GL account, or a customer's sub-ledger account (booked on 1500). */
export interface ResolvedAccount {
  account: Account;
  customer: Customer | null;
}

export function resolveAccount(ledger: ClientLedger, accountId: number): ResolvedAccount | null {
  const account = ledger.accounts.find((a) => a.id === accountId);
  if (account) return { account, customer: null };
  const customer = ledger.customers.find((c) => c.subledgerAccountId === accountId);
  const control = ledger.accounts.find((a) => a.isSubledgerControl);
  return customer && control ? { account: control, customer } : null;
}

/**
 * Whether a VAT code may be used on an account, or why not. Locked accounts take only their own
 * code; revenue takes output codes, costs take input codes, balance accounts take no VAT.
 * A null VatId means "no VAT" and is fine where the account's default has no VAT.
 */
export function vatRefusal(ledger: ClientLedger, account: Account, vat: VatCode | null): string | null {
  const defaultVat = ledger.vatCodes.find((v) => v.id === account.vatCodeId) ?? null;
  const label = `account ${account.accountNo} (${account.name})`;
  if (vat === null) {
    return defaultVat === null || defaultVat.rateBp === 0 ? null : `A VAT code is required on ${label}.`;
  }
  if (account.isVatCodeLocked) {
    return vat.id === account.vatCodeId
      ? null
      : `VAT code ${vat.code} is not allowed on ${label}: the account is locked to VAT code ${defaultVat?.code ?? 'none'}.`;
  }
  const allowed =
    account.type === 'Income'
      ? vat.direction === 'output'
      : account.type === 'Expense'
        ? vat.direction !== 'output'
        : vat.rateBp === 0 && vat.direction === 'none';
  return allowed ? null : `VAT code ${vat.code} (${vat.name}) is not allowed on ${label}.`;
}
