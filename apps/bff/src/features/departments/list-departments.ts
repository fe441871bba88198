import { departmentSchema, problemSchema } from '@qo/contracts';
import { listDepartments } from '@qo/db';
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
      const rows = await listDepartments(app.db, currentUser(request).companyId);
      return rows.map(toDepartment);
    },
  );
};

export default listDepartmentsRoute;
