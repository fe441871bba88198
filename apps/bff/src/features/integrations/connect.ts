import type { ConnectIntegrationResult } from '@qo/contracts';
import {
  findLiveIntegration,
  insertIntegration,
  listDepartments,
  listLiveIntegrationsForClient,
  toDbInstant,
  updateIntegration,
  writeAudit,
  type DepartmentRow,
} from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { maskSecret } from '../../lib/secret-box';
import { applicationKeyForSlot, SLOT_COUNT, slotName } from './application-keys';
import { clientKeyAad } from './client-key';
import { toAppError } from './poweroffice-errors';
import { grantedPrivileges, missingPrivileges, privilegesView, voucherJournalFor } from './privileges';

/**
 * "Koble til" (also "replace key"): proves the key by getting a token and reading
 * ClientIntegrationInformation, applies the slot rules, then stores the key sealed. A replaced
 * connection is kept as history (disconnected) and its settings carry over when the
 * PowerOffice client is the same.
 */
export async function connectDepartment(
  app: FastifyInstance,
  user: { id: string; companyId: string },
  department: DepartmentRow,
  input: { slot: number; clientKey: string },
): Promise<ConnectIntegrationResult> {
  const clientKey = input.clientKey.trim();
  let info;
  try {
    info = await app.powerOffice.forClient({ applicationKey: applicationKeyForSlot(app.config, input.slot), clientKey }).getClientIntegrationInformation();
  } catch (error) {
    throw toAppError(error);
  }
  const clientId = info.ClientId;
  if (!clientId) throw new AppError('poweroffice_failed', 'PowerOffice GO oppga ingen klient for nøkkelen');
  const missing = missingPrivileges(info);
  const granted = grantedPrivileges(info);
  if (voucherJournalFor(info).journal === null) {
    throw new AppError(
      'missing_privileges',
      `Klienten «${info.ClientName ?? clientId}» gir ikke integrasjonen rettigheten CashVoucher_Full (kassabilag) eller ManualVoucher_Full ` +
        `(manuelle bilag), så dagsoppgjør kan ikke overføres. Mangler: ${missing.join(', ')}. ` +
        'Sjekk at klienten har regnskapsmodulen i PowerOffice GO og at integrasjonen har fått en av de to rettighetene.',
      { errors: missing.map((p) => ({ path: 'privileges', message: p })) },
    );
  }

  const others = (await listLiveIntegrationsForClient(app.db, clientId)).filter((i) => i.department_id !== department.id);
  if (others.length >= SLOT_COUNT) {
    throw new AppError(
      'too_many_departments',
      `PowerOffice-klienten «${info.ClientName ?? clientId}» har allerede ${SLOT_COUNT} tilkoblede avdelinger, som er det meste PowerOffice GO tillater for én klient.`,
    );
  }
  const sameSlot = others.find((i) => i.slot === input.slot);
  if (sameSlot) {
    const names = new Map((await listDepartments(app.db, user.companyId)).map((d) => [d.id, d.name]));
    const holder = names.get(sameSlot.department_id);
    throw new AppError(
      'slot_in_use',
      `«${slotName(input.slot)}» brukes allerede av ${holder ? `avdelingen «${holder}»` : 'en annen avdeling'} i PowerOffice-klienten «${info.ClientName ?? clientId}». ` +
        'Hver avdeling i samme klient trenger sin egen applikasjonsnøkkel: velg en ledig.',
      { errors: [{ path: 'slot', message: 'Applikasjonsnøkkelen er i bruk i denne klienten' }] },
    );
  }

  const sealed = app.secretBox.seal(clientKey, clientKeyAad(department.id));
  const previous = await findLiveIntegration(app.db, user.companyId, department.id);
  const row = await app.db.transaction().execute(async (trx) => {
    if (previous) await updateIntegration(trx, previous.id, { status: 'disconnected', disconnected_at: toDbInstant() });
    const inserted = await insertIntegration(trx, {
      companyId: user.companyId,
      departmentId: department.id,
      slot: input.slot,
      clientKeyCiphertext: sealed.ciphertext,
      clientKeyKeyId: sealed.keyId,
      clientKeyMask: maskSecret(clientKey),
      powerOfficeClientId: clientId,
      powerOfficeClientName: info.ClientName ?? null,
      missingPrivileges: missing,
      grantedPrivileges: granted,
    });
    if (previous && previous.poweroffice_client_id === clientId) {
      await updateIntegration(trx, inserted.id, {
        poweroffice_department_id: previous.poweroffice_department_id,
        poweroffice_department_code: previous.poweroffice_department_code,
        poweroffice_department_name: previous.poweroffice_department_name,
        auto_export: previous.auto_export,
        auto_export_since: previous.auto_export_since,
        auto_invoice: previous.auto_invoice,
      });
    }
    await writeAudit(trx, {
      companyId: user.companyId,
      userId: user.id,
      entity: 'department_integration',
      entityId: inserted.id,
      action: previous ? 'replace_key' : 'connect',
      new: { departmentId: department.id, slot: input.slot, powerOfficeClientId: clientId, clientKeyMask: inserted.client_key_mask },
    });
    return inserted;
  });
  return {
    status: 'connected',
    clientId: row.poweroffice_client_id,
    clientName: row.poweroffice_client_name,
    missingPrivileges: missing,
    privileges: privilegesView(granted),
  };
}
