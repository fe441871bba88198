import { listIntegrationsDueForHealthCheck, toDbInstant, updateIntegration } from '@qo/db';
import { isPowerOfficeError } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { getDepartmentPowerOffice } from '../poweroffice/department-poweroffice';
import { grantedPrivileges, missingPrivileges } from '../poweroffice/privileges';

export interface HealthCheckResult {
  companyId: string;
  departmentId: string;
  ok: boolean;
}

/**
 * The connection health check: every connected department PowerOffice has not been heard from for
 * `quietMs` (any call, by any feature or instance, counts) gets one light call, the client's
 * integration information, through the shared request budget. The call records the connection's
 * health as every call does (a refused key marks the connection failed, which Oversikt and the
 * alerts report), and keeps the stored privileges current, as "Test tilkoblingen" does.
 */
export async function checkQuietConnections(
  app: FastifyInstance,
  now: Date,
  quietMs: number,
): Promise<HealthCheckResult[]> {
  const due = await listIntegrationsDueForHealthCheck(app.db, toDbInstant(new Date(now.getTime() - quietMs)));
  const results: HealthCheckResult[] = [];
  for (const { companyId, departmentId } of due) {
    if (app.lifecycle.stopping) break;
    try {
      const { client, integration } = await getDepartmentPowerOffice(app, companyId, departmentId);
      const info = await client.getClientIntegrationInformation();
      await updateIntegration(app.db, integration.id, {
        poweroffice_client_name: info.ClientName ?? integration.poweroffice_client_name,
        missing_privileges: JSON.stringify(missingPrivileges(info)),
        granted_privileges: JSON.stringify(grantedPrivileges(info)),
      });
      results.push({ companyId, departmentId, ok: true });
    } catch (error) {
      // Recorded on the connection by the client wrapper; anything else is ours to log.
      if (!isPowerOfficeError(error))
        app.log.error({ err: error, departmentId }, 'connection health check failed');
      results.push({ companyId, departmentId, ok: false });
    }
  }
  return results;
}
