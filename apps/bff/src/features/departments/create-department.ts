import { createDepartmentBodySchema, departmentSchema, problemSchema } from '@qo/contracts';
import { insertDepartment, isDepartmentNameTaken, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { toDepartment } from './to-department';

const createDepartmentRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/departments',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['departments'],
        summary: 'Add a POS department',
        body: createDepartmentBodySchema,
        response: { 201: departmentSchema, 400: problemSchema, 403: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { name, businessDayStart } = request.body;
      if (await isDepartmentNameTaken(app.db, user.companyId, name)) {
        throw new AppError('conflict', `Avdelingen «${name}» finnes allerede`, {
          errors: [{ path: 'name', message: 'Navnet er i bruk' }],
        });
      }
      const row = await insertDepartment(app.db, { companyId: user.companyId, name, businessDayStart });
      const department = toDepartment(row);
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'department',
        entityId: row.id,
        action: 'create',
        new: { name, businessDayStart },
      });
      return reply.code(201).send(department);
    },
  );
};

export default createDepartmentRoute;
