import { departmentSchema, problemSchema } from '@qo/contracts';
import { listDepartments, listLiveIntegrations } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { toDepartment } from './to-department';

const listDepartmentsRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['departments'],
        summary: "The company's POS departments",
        response: { 200: z.array(departmentSchema), 401: problemSchema },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const [rows, integrations] = await Promise.all([
        listDepartments(app.db, companyId),
        listLiveIntegrations(app.db, companyId),
      ]);
      const byDepartment = new Map(integrations.map((i) => [i.department_id, i]));
      return rows.map((row) => toDepartment(row, byDepartment.get(row.id)));
    },
  );
};

export default listDepartmentsRoute;
