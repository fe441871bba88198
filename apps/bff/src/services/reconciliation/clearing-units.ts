import { isClearingAccount } from '@qo/accounting';
import {
  DEFAULT_FEE_TOLERANCE_BP,
  DEFAULT_OPEN_AFTER_BANKING_DAYS,
  type ClearingSetting,
} from '@qo/contracts';
import { listClearingSettings, listPaymentTypes, type Database, type Kysely } from '@qo/db';

/**
 * What is reconciled: every clearing account (1501–1599) a payment type that is transferred to
 * accounting is mapped to, with the payment types that use it. PowerOffice's ledger holds one line
 * per account and day, so payment types sharing an account are reconciled together; the account
 * then takes the longest settlement time and the widest fee tolerance of its payment types.
 */
export interface ClearingUnit {
  accountNo: number;
  paymentTypes: { id: string; name: string }[];
  openAfterBankingDays: number;
  feeToleranceBp: number;
}

export async function listClearingPaymentTypes(
  db: Kysely<Database>,
  companyId: string,
): Promise<ClearingSetting[]> {
  const [types, settings] = await Promise.all([
    listPaymentTypes(db, companyId),
    listClearingSettings(db, companyId),
  ]);
  const byType = new Map(settings.map((s) => [s.paymentTypeId, s]));
  return types
    .filter((t) => t.transfer_to_accounting === 1 && isClearingAccount(t.account_no))
    .map((t) => ({
      paymentTypeId: t.id,
      name: t.name,
      accountNo: t.account_no!,
      openAfterBankingDays: byType.get(t.id)?.openAfterBankingDays ?? DEFAULT_OPEN_AFTER_BANKING_DAYS,
      feeToleranceBp: byType.get(t.id)?.feeToleranceBp ?? DEFAULT_FEE_TOLERANCE_BP,
    }));
}

export async function loadClearingUnits(db: Kysely<Database>, companyId: string): Promise<ClearingUnit[]> {
  const units = new Map<number, ClearingUnit>();
  for (const t of await listClearingPaymentTypes(db, companyId)) {
    const unit = units.get(t.accountNo);
    if (!unit) {
      units.set(t.accountNo, {
        accountNo: t.accountNo,
        paymentTypes: [{ id: t.paymentTypeId, name: t.name }],
        openAfterBankingDays: t.openAfterBankingDays,
        feeToleranceBp: t.feeToleranceBp,
      });
    } else {
      unit.paymentTypes.push({ id: t.paymentTypeId, name: t.name });
      unit.openAfterBankingDays = Math.max(unit.openAfterBankingDays, t.openAfterBankingDays);
      unit.feeToleranceBp = Math.max(unit.feeToleranceBp, t.feeToleranceBp);
    }
  }
  return [...units.values()].sort((a, b) => a.accountNo - b.accountNo);
}
