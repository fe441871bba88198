import {
  posCustomerBodySchema,
  posCustomerParamsSchema,
  posCustomerResponseSchema,
  problemSchema,
} from '@qo/contracts';
import { upsertPosCustomer } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticateDevice, currentDevice } from './device-auth';

const putCustomerRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/pos/customers/:id',
    {
      config: { roles: 'device' },
      onRequest: authenticateDevice(app),
      schema: {
        tags: ['pos'],
        summary: "Create or update a customer of the POS's register (device token)",
        description:
          'The path id is the POS customer id that orders name in `customerId`. 200 whether created or updated.',
        security: [{ deviceToken: [] }],
        params: posCustomerParamsSchema,
        body: posCustomerBodySchema,
        response: { 200: posCustomerResponseSchema, 400: problemSchema, 401: problemSchema },
      },
    },
    async (request) => {
      const device = currentDevice(request);
      const { customer, created } = await upsertPosCustomer(app.db, {
        companyId: device.companyId,
        externalId: request.params.id,
        ...request.body,
      });
      return {
        id: customer.external_id,
        name: customer.name,
        orgNo: customer.org_no,
        email: customer.email,
        phone: customer.phone,
        created,
      };
    },
  );
};

export default putCustomerRoute;
