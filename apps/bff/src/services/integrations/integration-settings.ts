import type { IntegrationDetail, UpdateIntegrationBody } from '@qo/contracts';
import {
  findDepartment,
  findLiveIntegration,
  toDbInstant,
  updateIntegration,
  writeAudit,
  type IntegrationChanges,
} from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { AppError, foundOr404 } from '../../lib/app-error';
import type { SessionUser } from '../../lib/sessions';
import { getPowerOfficeList } from '../poweroffice/poweroffice-lists';
import { autoExportBlockers } from './auto-export-guard';
import { toIntegrationDetail } from './to-integration';

/** The PowerOffice department to set: one of the client's own, active; null clears it. */
async function powerOfficeDepartmentChanges(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
  powerOfficeDepartmentId: number | null,
): Promise<IntegrationChanges> {
  if (powerOfficeDepartmentId === null) {
    return {
      poweroffice_department_id: null,
      poweroffice_department_code: null,
      poweroffice_department_name: null,
    };
  }
  // The client's own list; a fresh read when the cached one does not know the id yet.
  let list = await getPowerOfficeList(app, companyId, departmentId, 'departments');
  if (!list.items.some((d) => d.Id === powerOfficeDepartmentId)) {
    list = await getPowerOfficeList(app, companyId, departmentId, 'departments', { refresh: true });
  }
  const picked = list.items.find((d) => d.Id === powerOfficeDepartmentId);
  if (!picked || picked.IsActive === false) {
    throw new AppError(
      'business_rule',
      picked
        ? `Avdelingen «${picked.Name}» er inaktiv i PowerOffice GO`
        : 'PowerOffice-klienten har ingen slik avdeling',
      { errors: [{ path: 'powerOfficeDepartmentId', message: 'Velg en aktiv avdeling fra PowerOffice GO' }] },
    );
  }
  return {
    poweroffice_department_id: picked.Id,
    poweroffice_department_code: picked.Code ?? null,
    poweroffice_department_name: picked.Name ?? '',
  };
}

/**
 * Changes a connected department's PowerOffice department, automatic export and automatic
 * invoicing, and writes the audit entry. Automatic export is refused until every mapping is complete
 * and one manual transfer succeeded (`autoExportBlockers`).
 */
export async function updateIntegrationSettings(
  app: FastifyInstance,
  user: Pick<SessionUser, 'id' | 'companyId'>,
  departmentId: string,
  body: UpdateIntegrationBody,
): Promise<IntegrationDetail> {
  foundOr404(await findDepartment(app.db, user.companyId, departmentId), 'Avdelingen');
  const live = await findLiveIntegration(app.db, user.companyId, departmentId);
  if (!live) throw new AppError('not_connected', 'Koble avdelingen til PowerOffice GO først');
  const { powerOfficeDepartmentId, autoExport, autoInvoice } = body;
  const changes: IntegrationChanges = {};

  if (powerOfficeDepartmentId !== undefined) {
    Object.assign(
      changes,
      await powerOfficeDepartmentChanges(app, user.companyId, departmentId, powerOfficeDepartmentId),
    );
  }

  if (autoExport === true && live.auto_export !== 1) {
    const blockers = await autoExportBlockers(app.db, user.companyId, departmentId);
    if (blockers.length) {
      throw new AppError(
        'auto_export_not_ready',
        'Automatisk eksport kan slås på når alle kontoer er koblet og én manuell overføring til PowerOffice GO ' +
          'har lyktes. Det som mangler:',
        { errors: blockers },
      );
    }
    Object.assign(changes, { auto_export: 1, auto_export_since: toDbInstant() });
  } else if (autoExport === false) {
    changes.auto_export = 0;
  }
  if (autoInvoice !== undefined) changes.auto_invoice = autoInvoice ? 1 : 0;

  const after = foundOr404(await updateIntegration(app.db, live.id, changes));
  await writeAudit(app.db, {
    companyId: user.companyId,
    userId: user.id,
    entity: 'department_integration',
    entityId: live.id,
    action: 'update',
    old: {
      powerOfficeDepartmentId: live.poweroffice_department_id,
      autoExport: live.auto_export === 1,
      autoInvoice: live.auto_invoice === 1,
    },
    new: {
      powerOfficeDepartmentId: after.poweroffice_department_id,
      autoExport: after.auto_export === 1,
      autoInvoice: after.auto_invoice === 1,
    },
  });
  return toIntegrationDetail(app.db, after);
}
