import { posTokenParamsSchema, problemSchema } from '@qo/contracts';
import { findDepartment, revokePosDeviceToken, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';

const revokePosTokenRoute: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    '/departments/:id/pos-tokens/:tokenId',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['pos'],
        summary: 'Revoke a device token: the POS using it is refused with 401 from now on',
        params: posTokenParamsSchema,
        response: { 204: z.null(), 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { id, tokenId } = request.params;
      const department = foundOr404(await findDepartment(app.db, user.companyId, id), 'Avdelingen');
      foundOr404((await revokePosDeviceToken(app.db, department.id, tokenId)) || undefined, 'Tokenet');
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'pos_device_token',
        entityId: tokenId,
        action: 'delete',
      });
      return reply.code(204).send(null);
    },
  );
};

export default revokePosTokenRoute;
