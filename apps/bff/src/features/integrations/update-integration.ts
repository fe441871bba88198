import {
  departmentParamsSchema,
  integrationDetailSchema,
  problemSchema,
  updateIntegrationBodySchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { updateIntegrationSettings } from '../../services/integrations/integration-settings';

const updateIntegrationRoute: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/departments/:id/integration',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['integrations'],
        summary: 'PowerOffice department, automatic export and automatic invoicing of a connected department',
        description:
          'autoExport is refused (422) until every mapping is complete and one manual transfer succeeded. ' +
          'autoInvoice while payment type Kreditt is transferred to accounting succeeds with a warning in `warnings`.',
        params: departmentParamsSchema,
        body: updateIntegrationBodySchema,
        response: {
          200: integrationDetailSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => updateIntegrationSettings(app, currentUser(request), request.params.id, request.body),
  );
};

export default updateIntegrationRoute;
