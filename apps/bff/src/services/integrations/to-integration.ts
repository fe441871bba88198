import {
  slotName,
  type IntegrationDetail,
  type IntegrationSummary,
  type IntegrationWarning,
} from '@qo/contracts';
import { listPaymentTypes, type IntegrationRow, type Kysely, type Database } from '@qo/db';
import { privilegesView } from '../poweroffice/privileges';

/*
 * Row → API shapes. Both are built field by field from an allow-list: the sealed key never leaves,
 * only its mask does.
 */

const powerOfficeDepartment = (row: IntegrationRow) =>
  row.poweroffice_department_id === null
    ? null
    : {
        id: row.poweroffice_department_id,
        code: row.poweroffice_department_code,
        name: row.poweroffice_department_name ?? '',
      };

export function toIntegrationSummary(row: IntegrationRow): IntegrationSummary {
  return {
    status: row.status,
    slot: row.slot,
    clientName: row.poweroffice_client_name,
    clientKeyMask: row.client_key_mask,
    powerOfficeDepartment: powerOfficeDepartment(row),
    autoExport: row.auto_export === 1,
    autoInvoice: row.auto_invoice === 1,
  };
}

export const DOUBLE_BOOKING_WARNING =
  'Automatisk fakturering er på, men betalingstypen «Kreditt» overføres fortsatt til regnskap. Da blir kredittsalget bokført to ganger: ' +
  'som åpen ordre og som finanspost. Slå av «overføres til regnskap» på Kreditt under Betalingstyper. Eksporten poster ikke begge.';

/** Warnings that depend on other settings (today: the double-booking guard of automatic invoicing). */
export async function integrationWarnings(
  db: Kysely<Database>,
  row: IntegrationRow,
): Promise<IntegrationWarning[]> {
  if (row.auto_invoice !== 1) return [];
  const paymentTypes = await listPaymentTypes(db, row.company_id);
  const creditTransferred = paymentTypes.some((p) => p.kind === 'credit' && p.transfer_to_accounting === 1);
  return creditTransferred
    ? [{ code: 'credit_transferred_with_invoicing', message: DOUBLE_BOOKING_WARNING }]
    : [];
}

export async function toIntegrationDetail(
  db: Kysely<Database>,
  row: IntegrationRow,
): Promise<IntegrationDetail> {
  return {
    departmentId: row.department_id,
    status: row.status,
    slot: row.slot,
    slotName: slotName(row.slot),
    clientId: row.poweroffice_client_id,
    clientName: row.poweroffice_client_name,
    clientKeyMask: row.client_key_mask,
    connectedAt: row.connected_at,
    missingPrivileges: JSON.parse(row.missing_privileges) as string[],
    powerOfficeDepartment: powerOfficeDepartment(row),
    autoExport: row.auto_export === 1,
    autoInvoice: row.auto_invoice === 1,
    health: { lastSuccessAt: row.last_success_at, lastErrorAt: row.last_error_at, lastError: row.last_error },
    warnings: await integrationWarnings(db, row),
    privileges: privilegesView(
      row.granted_privileges === null ? null : (JSON.parse(row.granted_privileges) as string[]),
    ),
  };
}
