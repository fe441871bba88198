import type { FastifyInstance } from 'fastify';
import { authOf, validPrivileges } from '../http/auth.js';

/** GET /ClientIntegrationInformation: token only, no privilege needed. */
export function clientIntegrationInformationRoutes(app: FastifyInstance): void {
  app.get('/ClientIntegrationInformation', async (request) => {
    const { ledger } = authOf(request);
    return {
      ClientId: ledger.id,
      ClientName: ledger.name,
      ActiveClientSubscriptions: ledger.activeSubscriptions,
      ValidPrivileges: validPrivileges(ledger),
      InvalidPrivileges: ledger.invalidPrivileges.filter((p) => ledger.privileges.includes(p)),
    };
  });
}
