import {
  departmentParamsSchema,
  powerOfficeAccountListSchema,
  powerOfficeCustomerListSchema,
  powerOfficeDepartmentListSchema,
  powerOfficeListQuerySchema,
  powerOfficeVatCodeListSchema,
  problemSchema,
} from '@qo/contracts';
import { findDepartment } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import type { z } from 'zod';
import { getPowerOfficeList, mayForceRefresh } from '../../services/poweroffice/poweroffice-lists';

const errors = {
  401: problemSchema,
  404: problemSchema,
  422: problemSchema,
  429: problemSchema,
  502: problemSchema,
  503: problemSchema,
};

/**
 * GET /api/departments/{id}/poweroffice/{accounts,vat-codes,departments,customers}: cached lists;
 * `?refresh=true` fetches anew for owners and accountants (see `mayForceRefresh`).
 */
const listPowerOfficeListsRoute: FastifyPluginAsyncZod = async (app) => {
  const options = <T extends z.ZodType>(summary: string, item: T) => ({
    config: { roles: ALL_ROLES },
    schema: {
      tags: ['integrations'],
      summary,
      params: departmentParamsSchema,
      querystring: powerOfficeListQuerySchema,
      response: { 200: item, ...errors },
    },
  });
  const load = async (companyId: string, id: string) =>
    foundOr404(await findDepartment(app.db, companyId, id), 'Avdelingen');

  app.get(
    '/departments/:id/poweroffice/accounts',
    options("The connected client's chart of accounts", powerOfficeAccountListSchema),
    async (request) => {
      const user = currentUser(request);
      await load(user.companyId, request.params.id);
      const list = await getPowerOfficeList(app, user.companyId, request.params.id, 'accounts', {
        refresh: await mayForceRefresh(app, user.role, request.query.refresh),
      });
      return {
        fetchedAt: list.fetchedAt,
        items: list.items.map((a) => ({
          id: a.Id,
          accountNo: a.AccountNo,
          name: a.Name ?? '',
          isActive: a.IsActive ?? true,
          vatCode: a.VatCode ?? null,
          isVatCodeLocked: a.IsVatCodeLocked ?? false,
        })),
      };
    },
  );

  app.get(
    '/departments/:id/poweroffice/vat-codes',
    options("The connected client's VAT codes", powerOfficeVatCodeListSchema),
    async (request) => {
      const user = currentUser(request);
      await load(user.companyId, request.params.id);
      const list = await getPowerOfficeList(app, user.companyId, request.params.id, 'vat-codes', {
        refresh: await mayForceRefresh(app, user.role, request.query.refresh),
      });
      return {
        fetchedAt: list.fetchedAt,
        items: list.items.map((v) => ({
          id: v.Id,
          code: v.Code ?? '',
          name: v.Name ?? v.Description ?? '',
          rate: v.Rate,
          isActive: v.IsActive ?? true,
        })),
      };
    },
  );

  app.get(
    '/departments/:id/poweroffice/departments',
    options("The connected client's departments (avdelinger)", powerOfficeDepartmentListSchema),
    async (request) => {
      const user = currentUser(request);
      await load(user.companyId, request.params.id);
      const list = await getPowerOfficeList(app, user.companyId, request.params.id, 'departments', {
        refresh: await mayForceRefresh(app, user.role, request.query.refresh),
      });
      return {
        fetchedAt: list.fetchedAt,
        items: list.items.map((d) => ({
          id: d.Id,
          code: d.Code ?? null,
          name: d.Name ?? '',
          isActive: d.IsActive ?? true,
        })),
      };
    },
  );

  app.get(
    '/departments/:id/poweroffice/customers',
    options("The connected client's customers", powerOfficeCustomerListSchema),
    async (request) => {
      const user = currentUser(request);
      await load(user.companyId, request.params.id);
      const list = await getPowerOfficeList(app, user.companyId, request.params.id, 'customers', {
        refresh: await mayForceRefresh(app, user.role, request.query.refresh),
      });
      return {
        fetchedAt: list.fetchedAt,
        items: list.items.map((c) => ({
          id: c.Id,
          number: c.Number ?? null,
          name: c.Name ?? c.LegalName ?? [c.FirstName, c.LastName].filter(Boolean).join(' '),
          organizationNumber: c.OrganizationNumber ?? null,
          isActive: (c.IsActive ?? true) && !(c.IsArchived ?? false),
        })),
      };
    },
  );
};

export default listPowerOfficeListsRoute;
