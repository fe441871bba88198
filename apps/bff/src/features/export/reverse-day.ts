import { dayActionResultSchema, exportDayParamsSchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { reverseDay } from '../../services/export/reversal';

const reverseDayRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/departments/:id/export/days/:date/reverse',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary:
          "Reverse a transferred day in PowerOffice GO (its corrections too); the next transfer posts the day's next version",
        params: exportDayParamsSchema,
        response: {
          200: dayActionResultSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => reverseDay(app, currentUser(request), request.params.id, request.params.date),
  );
};

export default reverseDayRoute;
