import {
  calendarQuerySchema,
  departmentCalendarSchema,
  overviewDepartmentParamsSchema,
  problemSchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { buildCalendar } from './calendar';

const getCalendarRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments/:id/overview/calendar',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['overview'],
        summary:
          "A department's month of business days: each day's state as Eksport's history has it, and its gross sales",
        description:
          'States: sent, changed, failed, blocked (with `failure`), not_transferred, reversed, no_sales. Gross in øre.',
        params: overviewDepartmentParamsSchema,
        querystring: calendarQuerySchema,
        response: {
          200: departmentCalendarSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) =>
      buildCalendar(app.db, currentUser(request).companyId, request.params.id, request.query.month),
  );
};

export default getCalendarRoute;
