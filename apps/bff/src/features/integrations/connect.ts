import { SLOT_COUNT, slotName, type ConnectIntegrationResult } from '@qo/contracts';
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
import { isPowerOfficeError, type PowerOfficeError } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { maskSecret } from '../../lib/secret-box';
import { applicationKeyForSlot } from '../../services/poweroffice/application-keys';
import { clientKeyAad } from '../../services/poweroffice/client-key';
import { powerOfficeReason, toAppError } from '../../services/poweroffice/poweroffice-errors';
import {
  grantedPrivileges,
  missingPrivileges,
  privilegesView,
  voucherJournalFor,
} from '../../services/poweroffice/privileges';

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
    info = await app.powerOffice
      .forClient({ applicationKey: applicationKeyForSlot(app.config, input.slot), clientKey })
      .getClientIntegrationInformation();
  } catch (error) {
    if (isPowerOfficeError(error, 'invalid_keys')) {
      const owner = await slotOfClientKey(app, clientKey, input.slot);
      if (owner !== null) throw otherSlotError(input.slot, owner, error);
    }
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

  const others = (await listLiveIntegrationsForClient(app.db, clientId)).filter(
    (i) => i.department_id !== department.id,
  );
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
    if (previous)
      await updateIntegration(trx, previous.id, { status: 'disconnected', disconnected_at: toDbInstant() });
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
      new: {
        departmentId: department.id,
        slot: input.slot,
        powerOfficeClientId: clientId,
        clientKeyMask: inserted.client_key_mask,
      },
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

/**
 * A client key is made for one application key. When PowerOffice refuses it for the chosen slot,
 * the other application keys are tried (token and ClientIntegrationInformation only): the one it
 * opens tells the owner which slot they made the key for. Null when none does.
 */
export async function slotOfClientKey(
  app: FastifyInstance,
  clientKey: string,
  triedSlot: number,
): Promise<number | null> {
  const others = Array.from({ length: SLOT_COUNT }, (_, slot) => slot).filter((slot) => slot !== triedSlot);
  const opens = await Promise.all(
    others.map(async (slot) => {
      try {
        await app.powerOffice
          .forClient({ applicationKey: applicationKeyForSlot(app.config, slot), clientKey })
          .getClientIntegrationInformation();
        return true;
      } catch {
        return false;
      }
    }),
  );
  const index = opens.indexOf(true);
  return index === -1 ? null : others[index]!;
}

function otherSlotError(chosen: number, owner: number, error: PowerOfficeError): AppError {
  const message = `Klientnøkkelen er laget for «${slotName(owner)}», ikke for «${slotName(chosen)}». Velg «${slotName(owner)}», eller lag en ny klientnøkkel for «${slotName(chosen)}» i PowerOffice GO.`;
  return new AppError('client_key_other_slot', message, {
    errors: [{ path: 'slot', message: `Nøkkelen hører til «${slotName(owner)}»` }],
    params: { slot: owner, slotName: slotName(owner), chosenSlot: chosen, chosenSlotName: slotName(chosen) },
    powerOfficeDetail: powerOfficeReason(error),
    cause: error,
  });
}
