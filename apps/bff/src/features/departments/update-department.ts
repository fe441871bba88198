import {
  departmentParamsSchema,
  departmentSchema,
  problemSchema,
  updateDepartmentBodySchema,
} from '@qo/contracts';
import {
  findDepartment,
  findLiveIntegration,
  isDepartmentNameTaken,
  updateDepartment,
  writeAudit,
} from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { toDepartment } from './to-department';

const updateDepartmentRoute: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/departments/:id',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['departments'],
        summary: 'Rename a department or change its business hours (drifttid) start',
        params: departmentParamsSchema,
        body: updateDepartmentBodySchema,
        response: {
          200: departmentSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { id } = request.params;
      const before = foundOr404(await findDepartment(app.db, user.companyId, id), 'Avdelingen');
      const { name, businessDayStart } = request.body;
      if (name !== undefined && (await isDepartmentNameTaken(app.db, user.companyId, name, id))) {
        throw new AppError('conflict', `Avdelingen «${name}» finnes allerede`, {
          errors: [{ path: 'name', message: 'Navnet er i bruk' }],
        });
      }
      const after = foundOr404(
        await updateDepartment(app.db, user.companyId, id, { name, businessDayStart }),
      );
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'department',
        entityId: id,
        action: 'update',
        old: { name: before.name, businessDayStart: before.business_day_start },
        new: { name: after.name, businessDayStart: after.business_day_start },
      });
      return toDepartment(after, await findLiveIntegration(app.db, user.companyId, id));
    },
  );
};

export default updateDepartmentRoute;
