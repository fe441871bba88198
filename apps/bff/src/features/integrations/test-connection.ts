import { departmentParamsSchema, problemSchema, testConnectionResultSchema } from '@qo/contracts';
import { findDepartment, updateIntegration } from '@qo/db';
import { isPowerOfficeError } from '@qo/poweroffice';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { getDepartmentPowerOffice } from '../../services/poweroffice/department-poweroffice';
import { powerOfficeReason } from '../../services/poweroffice/poweroffice-errors';
import { grantedPrivileges, missingPrivileges, privilegesView } from '../../services/poweroffice/privileges';

const testConnectionRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/departments/:id/integration/test',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['integrations'],
        summary: 'Test the connection: one call to PowerOffice GO, recorded as connection health',
        params: departmentParamsSchema,
        response: {
          200: testConnectionResultSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      foundOr404(await findDepartment(app.db, companyId, request.params.id), 'Avdelingen');
      const { client, integration } = await getDepartmentPowerOffice(app, companyId, request.params.id);
      const checkedAt = new Date().toISOString();
      try {
        const info = await client.getClientIntegrationInformation();
        const missing = missingPrivileges(info);
        const granted = grantedPrivileges(info);
        // Privileges and the client's name change in PowerOffice; keep the card current.
        await updateIntegration(app.db, integration.id, {
          poweroffice_client_name: info.ClientName ?? integration.poweroffice_client_name,
          missing_privileges: JSON.stringify(missing),
          granted_privileges: JSON.stringify(granted),
        });
        const privileges = privilegesView(granted);
        return {
          ok: true,
          clientName: info.ClientName ?? null,
          missingPrivileges: missing,
          error: null,
          checkedAt,
          privileges,
        };
      } catch (error) {
        if (!isPowerOfficeError(error)) throw error;
        return {
          ok: false,
          clientName: integration.poweroffice_client_name,
          missingPrivileges: [],
          error: powerOfficeReason(error),
          checkedAt,
          privileges: null,
        };
      }
    },
  );
};

export default testConnectionRoute;
