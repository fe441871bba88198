import { departmentParamsSchema, posTokenSchema, problemSchema } from '@qo/contracts';
import { findDepartment, listPosDeviceTokens } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { toPosToken } from './to-pos-token';

const listPosTokensRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments/:id/pos-tokens',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['pos'],
        summary: "The department's device tokens, revoked ones included (never the secret)",
        params: departmentParamsSchema,
        response: { 200: z.array(posTokenSchema), 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const department = foundOr404(
        await findDepartment(app.db, user.companyId, request.params.id),
        'Avdelingen',
      );
      return (await listPosDeviceTokens(app.db, department.id)).map(toPosToken);
    },
  );
};

export default listPosTokensRoute;
