import {
  departmentParamsSchema,
  integrationDetailSchema,
  integrationHistoryEntrySchema,
  problemSchema,
} from '@qo/contracts';
import { findDepartment, findLiveIntegration, listIntegrationHistory } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { foundOr404 } from '../../lib/app-error';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { toIntegrationDetail } from '../../services/integrations/to-integration';

const getIntegrationRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments/:id/integration',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['integrations'],
        summary: "The department's PowerOffice connection (null when not connected) and its history",
        params: departmentParamsSchema,
        response: {
          200: z.object({
            integration: integrationDetailSchema.nullable(),
            history: z.array(integrationHistoryEntrySchema),
          }),
          401: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      foundOr404(await findDepartment(app.db, companyId, request.params.id), 'Avdelingen');
      const live = await findLiveIntegration(app.db, companyId, request.params.id);
      const history = await listIntegrationHistory(app.db, companyId, request.params.id);
      return {
        integration: live ? await toIntegrationDetail(app.db, live) : null,
        history: history.map((h) => ({
          status: h.status,
          slot: h.slot,
          clientName: h.poweroffice_client_name,
          clientKeyMask: h.client_key_mask,
          connectedAt: h.connected_at,
          disconnectedAt: h.disconnected_at,
        })),
      };
    },
  );
};

export default getIntegrationRoute;
