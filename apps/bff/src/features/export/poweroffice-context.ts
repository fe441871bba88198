import type { PowerOfficeFacts } from '@qo/accounting';
import type { IntegrationRow } from '@qo/db';
import { isPowerOfficeError, type GeneralLedgerAccount, type PowerOfficeClientForKeys } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { getDepartmentPowerOffice } from '../integrations/department-poweroffice';
import { fixForFailure, powerOfficeFailureCode, powerOfficeReason } from '../integrations/poweroffice-errors';
import { getPowerOfficeList } from '../integrations/poweroffice-lists';

/** What the export needs of a department's PowerOffice client. */
export interface PowerOfficeContext {
  client: PowerOfficeClientForKeys;
  integration: IntegrationRow;
  facts: PowerOfficeFacts;
  lockDate: string | null;
  accountsByNo: Map<number, GeneralLedgerAccount>;
  /** VAT code ("3") → PowerOffice's VatId (903 in the simulator: ids are not codes). */
  vatIdByCode: Map<string, number>;
  /** "1 Sentrum", shown on every line; null when no PowerOffice department is chosen. */
  departmentLabel: string | null;
}

export type PowerOfficeContextResult =
  | { ok: true; context: PowerOfficeContext }
  | { ok: false; problem: { code: string; message: string; fix: string | null } };

const LOCK_DATE_CACHE_MS = 60_000;
const lockDates = new Map<string, { lockDate: string | null; at: number }>();

/** The client's lock date, asked at most once a minute per PowerOffice client. */
async function lockDateOf(client: PowerOfficeClientForKeys, powerOfficeClientId: string): Promise<string | null> {
  const cached = lockDates.get(powerOfficeClientId);
  if (cached && Date.now() - cached.at < LOCK_DATE_CACHE_MS) return cached.lockDate;
  const settings = await client.getLockDateSettings();
  const lockDate = settings.LockDate ? settings.LockDate.slice(0, 10) : null;
  lockDates.set(powerOfficeClientId, { lockDate, at: Date.now() });
  return lockDate;
}

/**
 * The department's client, chart of accounts, VAT codes (both cached lists) and lock date. A
 * department that is not connected, or a PowerOffice that cannot be reached, is a problem the
 * preview shows, not a failure: the vouchers can still be looked at.
 */
export async function loadPowerOfficeContext(app: FastifyInstance, companyId: string, departmentId: string): Promise<PowerOfficeContextResult> {
  try {
    const { client, integration } = await getDepartmentPowerOffice(app, companyId, departmentId);
    const [accounts, vatCodes, lockDate] = await Promise.all([
      getPowerOfficeList(app, companyId, departmentId, 'accounts'),
      getPowerOfficeList(app, companyId, departmentId, 'vat-codes'),
      lockDateOf(client, integration.poweroffice_client_id),
    ]);
    const accountsByNo = new Map(accounts.items.map((a) => [a.AccountNo, a]));
    const vatById = new Map(vatCodes.items.map((v) => [v.Id, v]));
    const vatIdByCode = new Map<string, number>();
    for (const v of vatCodes.items) if (v.Code) vatIdByCode.set(v.Code, v.Id);
    const facts: PowerOfficeFacts = {
      accounts: accounts.items.map((a) => ({
        accountNo: a.AccountNo,
        name: a.Name ?? undefined,
        isActive: a.IsActive !== false,
        vatCode: a.VatCode ?? (a.VatCodeId != null ? (vatById.get(a.VatCodeId)?.Code ?? null) : null),
        isVatCodeLocked: a.IsVatCodeLocked === true,
      })),
      vatCodes: vatCodes.items.filter((v) => v.Code).map((v) => ({ code: v.Code!, isActive: v.IsActive !== false })),
      lockDate,
    };
    const departmentLabel =
      integration.poweroffice_department_id == null
        ? null
        : [integration.poweroffice_department_code, integration.poweroffice_department_name].filter(Boolean).join(' ') ||
          String(integration.poweroffice_department_id);
    return { ok: true, context: { client, integration, facts, lockDate, accountsByNo, vatIdByCode, departmentLabel } };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_connected') {
      return { ok: false, problem: { code: 'not_connected', message: error.message, fix: '/integrations' } };
    }
    const message = isPowerOfficeError(error) ? powerOfficeReason(error) : error instanceof Error ? error.message : String(error);
    const code = isPowerOfficeError(error) ? powerOfficeFailureCode(error) : 'poweroffice_unavailable';
    return { ok: false, problem: { code, message: `PowerOffice GO kunne ikke leses: ${message}`, fix: fixForFailure(code) } };
  }
}

/** For tests: forget cached lock dates (the simulator's lock date is moved by a test). */
export function clearLockDateCache(): void {
  lockDates.clear();
}
