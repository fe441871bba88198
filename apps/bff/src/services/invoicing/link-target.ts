import { listLiveIntegrations, type IntegrationRow } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';

/**
 * The connected department whose PowerOffice client customers and products are linked in. Links
 * belong to one PowerOffice client; with departments in several clients the caller names one.
 */
export async function resolveLinkTarget(
  app: FastifyInstance,
  companyId: string,
  departmentId?: string,
): Promise<IntegrationRow | null> {
  const live = await listLiveIntegrations(app.db, companyId);
  if (departmentId) {
    const chosen = live.find((i) => i.department_id === departmentId);
    if (!chosen)
      throw new AppError(
        'not_connected',
        'Avdelingen er ikke koblet til PowerOffice GO. Koble den til under Integrasjoner.',
      );
    return chosen;
  }
  if (live.length === 0) return null;
  // Several clients: the one automatic invoicing goes to, when that is a single one.
  const invoicing = live.filter((i) => i.auto_invoice === 1);
  const candidates = new Set(invoicing.map((i) => i.poweroffice_client_id)).size === 1 ? invoicing : live;
  const clients = new Set(candidates.map((i) => i.poweroffice_client_id));
  if (clients.size > 1) {
    throw new AppError(
      'business_rule',
      'Avdelingene er koblet til ulike PowerOffice-klienter: velg avdeling.',
      {
        errors: [{ path: 'departmentId', message: 'Velg hvilken avdelings PowerOffice-klient det gjelder' }],
      },
    );
  }
  // Prefer a healthy connection; all of them reach the same client.
  return candidates.find((i) => i.status === 'connected') ?? candidates[0]!;
}

export async function requireLinkTarget(
  app: FastifyInstance,
  companyId: string,
  departmentId?: string,
): Promise<IntegrationRow> {
  const target = await resolveLinkTarget(app, companyId, departmentId);
  if (!target)
    throw new AppError(
      'not_connected',
      'Ingen avdeling er koblet til PowerOffice GO. Koble til under Integrasjoner først.',
    );
  return target;
}
