import {
  findLiveIntegration,
  recordIntegrationError,
  recordIntegrationSuccess,
  type IntegrationRow,
} from '@qo/db';
import { isPowerOfficeError, type PowerOfficeClientForKeys } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { applicationKeyForSlot } from './application-keys';
import { openClientKey } from './client-key';
import { isConnectionFailure, powerOfficeReason } from './poweroffice-errors';

export interface DepartmentPowerOffice {
  /** PowerOffice operations bound to the department's application key and client key. */
  client: PowerOfficeClientForKeys;
  /** The live connection row (slot, poweroffice_client_id, poweroffice_department_id, auto_export, …). */
  integration: IntegrationRow;
}

/**
 * The way every feature talks to PowerOffice for a department. Throws 422 `not_connected` when the
 * department has no live connection. Every call through the returned client records connection
 * health: the last successful call, and the last failure in PowerOffice's own words (a refused
 * key marks the connection 'error' until a call succeeds again).
 */
export async function getDepartmentPowerOffice(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
): Promise<DepartmentPowerOffice> {
  const integration = await findLiveIntegration(app.db, companyId, departmentId);
  if (!integration) {
    throw new AppError(
      'not_connected',
      'Avdelingen er ikke koblet til PowerOffice GO. Koble den til under Integrasjoner.',
    );
  }
  const client = app.powerOffice.forClient({
    applicationKey: applicationKeyForSlot(app.config, integration.slot),
    clientKey: openClientKey(app.secretBox, integration),
  });
  return { client: withHealthRecording(app, integration.id, client), integration };
}

function withHealthRecording(
  app: FastifyInstance,
  integrationId: string,
  client: PowerOfficeClientForKeys,
): PowerOfficeClientForKeys {
  const record = async (error: unknown) => {
    try {
      if (error === undefined) await recordIntegrationSuccess(app.db, integrationId);
      else if (isPowerOfficeError(error) && isConnectionFailure(error)) {
        await recordIntegrationError(app.db, integrationId, powerOfficeReason(error), {
          keysRefused: error.kind === 'invalid_keys',
        });
      } else if (isPowerOfficeError(error)) {
        // PowerOffice answered (e.g. refused one voucher): the connection itself works.
        await recordIntegrationSuccess(app.db, integrationId);
      }
    } catch (dbError) {
      app.log.warn({ err: dbError }, 'could not record PowerOffice connection health');
    }
  };
  const wrapped = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(client)) {
    wrapped[name] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            try {
              const result: unknown = await (value as (...a: unknown[]) => unknown)(...args);
              await record(undefined);
              return result;
            } catch (error) {
              await record(error);
              throw error;
            }
          }
        : value;
  }
  // clearAccountCache is synchronous; keep it so.
  wrapped.clearAccountCache = client.clearAccountCache;
  return wrapped as PowerOfficeClientForKeys;
}
