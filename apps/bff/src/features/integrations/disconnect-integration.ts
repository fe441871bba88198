import { departmentParamsSchema, problemSchema } from '@qo/contracts';
import { findDepartment, findLiveIntegration, toDbInstant, updateIntegration, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';

const disconnectIntegrationRoute: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    '/departments/:id/integration',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['integrations'],
        summary: 'Disconnect a department from PowerOffice GO (the connection is kept as history)',
        params: departmentParamsSchema,
        response: { 204: z.null(), 403: problemSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      foundOr404(await findDepartment(app.db, user.companyId, request.params.id), 'Avdelingen');
      const live = await findLiveIntegration(app.db, user.companyId, request.params.id);
      if (!live) throw new AppError('not_connected', 'Avdelingen er ikke koblet til PowerOffice GO');
      // Automation stops with the connection; the row stays for history and audit.
      await updateIntegration(app.db, live.id, {
        status: 'disconnected',
        disconnected_at: toDbInstant(),
        auto_export: 0,
        auto_invoice: 0,
      });
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'department_integration',
        entityId: live.id,
        action: 'disconnect',
        old: { slot: live.slot, powerOfficeClientId: live.poweroffice_client_id },
      });
      return reply.code(204).send(null);
    },
  );
};

export default disconnectIntegrationRoute;
