import {
  powerOfficeCustomerOptionsSchema,
  powerOfficeOptionsQuerySchema,
  problemSchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { requireLinkTarget } from '../../services/invoicing/link-target';
import { getPowerOfficeList, mayForceRefresh } from '../../services/poweroffice/poweroffice-lists';
import { toCustomerOption } from './to-customer';

const listPowerOfficeCustomersRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/customers/poweroffice-customers',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['customers'],
        summary: "The connected PowerOffice client's customers, for the link dropdown",
        description:
          'Read through the client and cached per PowerOffice client; `refresh=true` fetches anew.',
        querystring: powerOfficeOptionsQuerySchema,
        response: {
          200: powerOfficeCustomerOptionsSchema,
          401: problemSchema,
          403: problemSchema,
          422: problemSchema,
          429: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId, role } = currentUser(request);
      const target = await requireLinkTarget(app, companyId, request.query.departmentId);
      const refresh = await mayForceRefresh(app, role, request.query.refresh === 'true');
      const list = await getPowerOfficeList(app, companyId, target.department_id, 'customers', { refresh });
      const items = list.items.map(toCustomerOption).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
      return {
        departmentId: target.department_id,
        clientName: target.poweroffice_client_name,
        fetchedAt: list.fetchedAt,
        items,
      };
    },
  );
};

export default listPowerOfficeCustomersRoute;
