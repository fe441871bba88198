import { customerParamsSchema, customerSchema, linkCustomerBodySchema, problemSchema } from '@qo/contracts';
import {
  deleteCustomerLink,
  findCustomer,
  requeueOutboxForCustomer,
  setCustomerLink,
  toDbInstant,
} from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { requireLinkTarget } from '../../services/invoicing/link-target';
import { getPowerOfficeList } from '../../services/poweroffice/poweroffice-lists';
import { powerOfficeCustomerName, toCustomer } from './to-customer';

const linkCustomerRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/customers/:id/poweroffice-link',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['customers'],
        summary: 'Link a POS customer to a PowerOffice customer (null unlinks)',
        description:
          'The PowerOffice customer must exist and be active in the connected client. Orders of this customer ' +
          'marked not linked are sent right after linking.',
        params: customerParamsSchema,
        body: linkCustomerBodySchema,
        response: {
          200: customerSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const customer = foundOr404(await findCustomer(app.db, user.companyId, request.params.id), 'Kunden');
      const { powerOfficeCustomerId, departmentId } = request.body;
      if (powerOfficeCustomerId === null) {
        await deleteCustomerLink(app.db, user.companyId, customer.id);
        return toCustomer(customer, undefined);
      }

      const target = await requireLinkTarget(app, user.companyId, departmentId);
      const find = async (refresh: boolean) =>
        (
          await getPowerOfficeList(app, user.companyId, target.department_id, 'customers', { refresh })
        ).items.find((c) => c.Id === powerOfficeCustomerId);
      // A customer created in PowerOffice a minute ago is not in the cached list yet.
      const chosen = (await find(false)) ?? (await find(true));
      if (!chosen) {
        throw new AppError('validation_failed', 'Kunden finnes ikke i PowerOffice GO', {
          errors: [
            {
              path: 'powerOfficeCustomerId',
              message: `PowerOffice-klienten har ingen kunde med id ${powerOfficeCustomerId}`,
            },
          ],
        });
      }
      if (chosen.IsActive === false || chosen.IsArchived === true) {
        throw new AppError(
          'business_rule',
          `Kunden ${powerOfficeCustomerName(chosen)} er inaktiv i PowerOffice GO`,
          {
            errors: [{ path: 'powerOfficeCustomerId', message: 'Kunden er inaktiv i PowerOffice GO' }],
          },
        );
      }
      const link = await setCustomerLink(app.db, {
        companyId: user.companyId,
        customerId: customer.id,
        powerOfficeClientId: target.poweroffice_client_id,
        powerOfficeCustomerId: chosen.Id,
        powerOfficeCustomerNo: chosen.Number ?? null,
        powerOfficeCustomerName: powerOfficeCustomerName(chosen),
        powerOfficeOrgNo: chosen.OrganizationNumber ?? null,
        linkedBy: user.id,
      });
      const worker = app.salesOrderWorker;
      if (await requeueOutboxForCustomer(app.db, user.companyId, customer.id, toDbInstant(worker.now())))
        worker.kick();
      return toCustomer(customer, link);
    },
  );
};

export default linkCustomerRoute;
