import {
  createPosTokenBodySchema,
  createPosTokenResponseSchema,
  departmentParamsSchema,
  problemSchema,
} from '@qo/contracts';
import { findDepartment, insertPosDeviceToken, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { generateDeviceToken, hashDeviceToken } from './device-token';
import { toPosToken } from './to-pos-token';

const createPosTokenRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/departments/:id/pos-tokens',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['pos'],
        summary: "Create a device token for the department's POS; the token is shown only in this response",
        params: departmentParamsSchema,
        body: createPosTokenBodySchema,
        response: {
          201: createPosTokenResponseSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const department = foundOr404(
        await findDepartment(app.db, user.companyId, request.params.id),
        'Avdelingen',
      );
      const token = generateDeviceToken();
      const row = await insertPosDeviceToken(app.db, {
        departmentId: department.id,
        label: request.body.label,
        tokenHash: hashDeviceToken(token),
      });
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'pos_device_token',
        entityId: row.id,
        action: 'create',
        new: { departmentId: department.id, label: row.label },
      });
      return reply.code(201).send({ ...toPosToken(row), token });
    },
  );
};

export default createPosTokenRoute;
