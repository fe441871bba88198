import {
  addDays,
  reconcileClearingAccounts,
  toOsloLocal,
  type ClearingDay as MatchedDay,
  type LedgerTransaction,
} from '@qo/accounting';
import type { ClearingTransaction, Reconciliation, Role } from '@qo/contracts';
import {
  findDepartment,
  findReconciliationRead,
  saveReconciliationRead,
  type Database,
  type Kysely,
} from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { foundOr404 } from '../../lib/app-error';
import { getDepartmentPowerOffice } from '../poweroffice/department-poweroffice';
import { getPowerOfficeList, mayForceRefresh } from '../poweroffice/poweroffice-lists';
import { toAppError } from '../poweroffice/poweroffice-errors';
import { loadClearingUnits, type ClearingUnit } from './clearing-units';
import { readClearingLedger, type LedgerRead } from './read-ledger';

/*
 * Avstemming for one department and period (docs/reconciliation.md). PowerOffice is read for a window
 * wider than the period — two weeks before it, so credits in the period that settle earlier days
 * find those days, and a month after it, so late settlements of the period's last days are seen —
 * and the read is kept in the database: the page answers from it until "Oppdater" (or an hour has
 * passed) reads again. The matching itself is @qo/accounting's pure reconcileClearingAccounts.
 */

export const READ_DAYS_BEFORE = 14;
export const READ_DAYS_AFTER = 31;
/** A read older than this is read again on the next visit. */
export const RECONCILIATION_READ_MAX_AGE_MS = 60 * 60 * 1000;

export interface ReconcileOptions {
  /** Read PowerOffice anew (owners and accountants; within the shared refresh budget). */
  refresh?: boolean;
  role: Role;
  /** Today in Oslo (tests); default the clock's. */
  today?: string;
}

export function readWindow(from: string, to: string): { readFrom: string; readTo: string } {
  return { readFrom: addDays(from, -READ_DAYS_BEFORE), readTo: addDays(to, READ_DAYS_AFTER) };
}

export function readKeyOf(readFrom: string, readTo: string, accountNos: readonly number[]): string {
  return `${readFrom}..${readTo}|${accountNos.join(',')}`;
}

export async function buildReconciliation(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
  from: string,
  to: string,
  options: ReconcileOptions,
): Promise<Reconciliation> {
  const department = foundOr404(await findDepartment(app.db, companyId, departmentId), 'Avdelingen');
  const units = await loadClearingUnits(app.db, companyId);
  const today = options.today ?? toOsloLocal(Date.now()).date;
  const { readFrom, readTo } = readWindow(from, to);
  const base = {
    department: { id: department.id, name: department.name },
    from,
    to,
    today,
    readFrom,
    readTo,
  };
  if (units.length === 0) return { ...base, readAt: null, requests: 0, accounts: [] };

  const accountNos = units.map((u) => u.accountNo);
  const readKey = readKeyOf(readFrom, readTo, accountNos);
  let read: (LedgerRead & { readAt: string }) | undefined;
  const stored = await findReconciliationRead(app.db, companyId, departmentId, readKey);
  const fresh = stored && Date.now() - Date.parse(stored.readAt) < RECONCILIATION_READ_MAX_AGE_MS;
  if (stored && fresh && !(await mayForceRefresh(app, options.role, options.refresh))) {
    read = {
      transactions: stored.transactions as LedgerTransaction[],
      settlementLines: stored.settlementLines as LedgerTransaction[],
      requests: stored.requests,
      readAt: stored.readAt,
    };
  } else {
    const { client } = await getDepartmentPowerOffice(app, companyId, departmentId);
    try {
      const ledger = await readClearingLedger(
        client,
        { fromDate: readFrom, toDate: readTo, accountNos },
        app.powerOffice.config,
      );
      read = { ...ledger, readAt: new Date().toISOString() };
    } catch (error) {
      throw toAppError(error);
    }
    await saveReconciliationRead(app.db, companyId, departmentId, readKey, read);
  }

  const names = await accountNames(app, companyId, departmentId);
  return assemble(base, units, read, departmentId, names);
}

/**
 * The reconciliation from the department's stored read of the period alone: no PowerOffice request,
 * only the database (for summaries such as the open-problems list). Null when nothing is stored.
 */
export async function reconcileFromStoredRead(
  db: Kysely<Database>,
  companyId: string,
  departmentId: string,
  from: string,
  to: string,
  today: string,
): Promise<Reconciliation | null> {
  const department = await findDepartment(db, companyId, departmentId);
  if (!department) return null;
  const units = await loadClearingUnits(db, companyId);
  const { readFrom, readTo } = readWindow(from, to);
  if (units.length === 0) return null;
  const stored = await findReconciliationRead(
    db,
    companyId,
    departmentId,
    readKeyOf(
      readFrom,
      readTo,
      units.map((u) => u.accountNo),
    ),
  );
  if (!stored) return null;
  const read = {
    transactions: stored.transactions as LedgerTransaction[],
    settlementLines: stored.settlementLines as LedgerTransaction[],
    requests: stored.requests,
    readAt: stored.readAt,
  };
  const base = {
    department: { id: department.id, name: department.name },
    from,
    to,
    today,
    readFrom,
    readTo,
  };
  return assemble(base, units, read, departmentId, new Map());
}

function assemble(
  base: Omit<Reconciliation, 'readAt' | 'requests' | 'accounts'>,
  units: ClearingUnit[],
  read: LedgerRead & { readAt: string },
  departmentId: string,
  names: ReadonlyMap<number, string>,
): Reconciliation {
  const { from, to, today } = base;
  const matched = reconcileClearingAccounts({
    departmentId,
    accounts: units.map((u) => ({
      accountNo: u.accountNo,
      openAfterBankingDays: u.openAfterBankingDays,
      feeToleranceBp: u.feeToleranceBp,
    })),
    transactions: read.transactions,
    settlementLines: read.settlementLines,
    from,
    to,
    today,
    feeToleranceBp: 0,
  });
  const byId = new Map([...read.transactions, ...read.settlementLines].map((t) => [t.id, t]));
  const accounts = units.map((unit, i) => {
    const result = matched.accounts[i]!;
    return {
      accountNo: unit.accountNo,
      accountName: names.get(unit.accountNo) ?? null,
      paymentTypes: unit.paymentTypes,
      openAfterBankingDays: unit.openAfterBankingDays,
      feeToleranceBp: unit.feeToleranceBp,
      days: result.days.map((day) => toDayDto(day, byId, read.settlementLines)),
      periodMovement: result.periodMovement,
      openTotal: result.openTotal,
      flaggedDays: result.flaggedDays,
      unmatchedCredits: result.unmatchedCreditIds.flatMap((id) => txDto(byId.get(id), 'candidate')),
    };
  });
  return { ...base, readAt: read.readAt, requests: read.requests, accounts };
}

async function accountNames(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
): Promise<Map<number, string>> {
  try {
    const list = await getPowerOfficeList(app, companyId, departmentId, 'accounts');
    return new Map(list.items.map((a) => [a.AccountNo, a.Name ?? '']));
  } catch {
    // Names are a courtesy: the reconciliation stands without them.
    return new Map();
  }
}

function txDto(
  t: LedgerTransaction | undefined,
  role: ClearingTransaction['role'],
  match?: { by: 'reference' | 'amount'; amount: number; sharedWith: string[] },
): ClearingTransaction[] {
  if (!t) return [];
  return [
    {
      id: t.id,
      voucherNo: t.voucherNo,
      postingDate: t.postingDate,
      accountNo: t.accountNo,
      amount: t.amount,
      description: t.description,
      role,
      matchedBy: match?.by ?? null,
      allocated: match?.amount ?? null,
      sharedWith: match?.sharedWith ?? [],
    },
  ];
}

function toDayDto(
  day: MatchedDay,
  byId: ReadonlyMap<number, LedgerTransaction>,
  settlementLines: readonly LedgerTransaction[],
) {
  const settlementVouchers = new Set(day.matches.map((m) => m.voucherId));
  return {
    businessDay: day.businessDay,
    reference: day.reference,
    debit: day.debit,
    credited: day.credited,
    fee: day.fee,
    open: day.open,
    dueDate: day.dueDate,
    status: day.status,
    flagged: day.flagged,
    late: day.late,
    settledOn: day.settledOn,
    balanceAfter: day.balanceAfter,
    transactions: [
      ...day.debitTransactionIds.flatMap((id) => txDto(byId.get(id), 'debit')),
      ...day.matches.flatMap((m) => txDto(byId.get(m.transactionId), 'settlement', m)),
      ...settlementLines
        .filter((l) => settlementVouchers.has(l.voucherId) && l.accountNo >= 4000 && l.accountNo <= 8999)
        .flatMap((l) => txDto(l, 'fee')),
      ...day.candidateTransactionIds.flatMap((id) => txDto(byId.get(id), 'candidate')),
    ],
  };
}
