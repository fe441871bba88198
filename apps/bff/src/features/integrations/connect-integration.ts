import {
  connectIntegrationBodySchema,
  connectIntegrationResultSchema,
  departmentParamsSchema,
  problemSchema,
} from '@qo/contracts';
import { findDepartment } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { connectDepartment } from './connect';

const connectIntegrationRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/departments/:id/integration',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['integrations'],
        summary: 'Connect a department to PowerOffice GO (or replace its client key)',
        description:
          "Gets a token with the slot's application key and the pasted client key, reads ClientIntegrationInformation, and stores the key encrypted. The key is never returned.",
        params: departmentParamsSchema,
        body: connectIntegrationBodySchema,
        response: {
          200: connectIntegrationResultSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const department = foundOr404(
        await findDepartment(app.db, user.companyId, request.params.id),
        'Avdelingen',
      );
      return connectDepartment(app, user, department, request.body);
    },
  );
};

export default connectIntegrationRoute;
