import type { PowerOfficeFacts } from '@qo/accounting';
import type { FixTarget, VoucherJournalChoice } from '@qo/contracts';
import { updateIntegration, type IntegrationRow } from '@qo/db';
import {
  isPowerOfficeError,
  type GeneralLedgerAccount,
  type PowerOfficeClientForKeys,
} from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { getDepartmentPowerOffice } from '../poweroffice/department-poweroffice';
import { fixForFailure, powerOfficeFailureCode, powerOfficeReason } from '../poweroffice/poweroffice-errors';
import { getPowerOfficeList } from '../poweroffice/poweroffice-lists';
import { grantedPrivileges, missingPrivileges, voucherJournalFor } from '../poweroffice/privileges';

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
  /** Where day vouchers and corrections go: cash journals with CashVoucher_Full, else manual journals. */
  journal: VoucherJournalChoice;
}

export type PowerOfficeContextResult =
  | { ok: true; context: PowerOfficeContext }
  | { ok: false; problem: { code: string; message: string; fix: FixTarget | null } };

const LOCK_DATE_CACHE_MS = 60_000;
interface ClientFacts {
  lockDate: string | null;
  granted: string[];
}
/** Per app, with its PowerOffice client: a new app (a restart) asks again. */
const clientFactsByApp = new WeakMap<object, Map<string, { facts: ClientFacts; at: number }>>();

function clientFactsCache(app: FastifyInstance): Map<string, { facts: ClientFacts; at: number }> {
  let cache = clientFactsByApp.get(app.powerOffice);
  if (!cache) clientFactsByApp.set(app.powerOffice, (cache = new Map()));
  return cache;
}

/**
 * The client's lock date and the privileges it grants the integration (which journal the day's
 * vouchers go to), asked at most once a minute per PowerOffice client. A change of privileges is
 * written to the connection, so the card says what the next transfer will do.
 */
async function clientFactsOf(
  app: FastifyInstance,
  client: PowerOfficeClientForKeys,
  integration: IntegrationRow,
): Promise<ClientFacts> {
  const clientFacts = clientFactsCache(app);
  const cached = clientFacts.get(integration.poweroffice_client_id);
  if (cached && Date.now() - cached.at < LOCK_DATE_CACHE_MS) return cached.facts;
  const [settings, info] = await Promise.all([
    client.getLockDateSettings(),
    client.getClientIntegrationInformation(),
  ]);
  const facts = { lockDate: settings.LockDate ?? null, granted: grantedPrivileges(info) };
  const stored = JSON.stringify(facts.granted);
  if (integration.granted_privileges !== stored) {
    await updateIntegration(app.db, integration.id, {
      granted_privileges: stored,
      missing_privileges: JSON.stringify(missingPrivileges(info)),
    });
  }
  clientFacts.set(integration.poweroffice_client_id, { facts, at: Date.now() });
  return facts;
}

/**
 * The department's client, chart of accounts, VAT codes (both cached lists) and lock date. A
 * department that is not connected, or a PowerOffice that cannot be reached, is a problem the
 * preview shows, not a failure: the vouchers can still be looked at.
 */
export async function loadPowerOfficeContext(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
): Promise<PowerOfficeContextResult> {
  try {
    const { client, integration } = await getDepartmentPowerOffice(app, companyId, departmentId);
    const [accounts, vatCodes, { lockDate, granted }] = await Promise.all([
      getPowerOfficeList(app, companyId, departmentId, 'accounts'),
      getPowerOfficeList(app, companyId, departmentId, 'vat-codes'),
      clientFactsOf(app, client, integration),
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
      vatCodes: vatCodes.items
        .filter((v) => v.Code)
        .map((v) => ({ code: v.Code!, isActive: v.IsActive !== false })),
      lockDate,
    };
    const departmentLabel =
      integration.poweroffice_department_id == null
        ? null
        : [integration.poweroffice_department_code, integration.poweroffice_department_name]
            .filter(Boolean)
            .join(' ') || String(integration.poweroffice_department_id);
    const journal = voucherJournalFor({ ValidPrivileges: granted, InvalidPrivileges: [] });
    return {
      ok: true,
      context: { client, integration, facts, lockDate, accountsByNo, vatIdByCode, departmentLabel, journal },
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_connected') {
      return {
        ok: false,
        problem: { code: 'not_connected', message: error.message, fix: { kind: 'connection' } },
      };
    }
    const message = isPowerOfficeError(error)
      ? powerOfficeReason(error)
      : error instanceof Error
        ? error.message
        : String(error);
    const code = isPowerOfficeError(error) ? powerOfficeFailureCode(error) : 'poweroffice_unavailable';
    return {
      ok: false,
      problem: { code, message: `PowerOffice GO kunne ikke leses: ${message}`, fix: fixForFailure(code) },
    };
  }
}
