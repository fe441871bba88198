import {
  departmentParamsSchema,
  powerOfficeAccountListSchema,
  powerOfficeCustomerListSchema,
  powerOfficeDepartmentListSchema,
  powerOfficeListQuerySchema,
  powerOfficeVatCodeListSchema,
  problemSchema,
} from '@qo/contracts';
import { findDepartment, type PowerOfficeListName } from '@qo/db';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import type { z } from 'zod';
import { getPowerOfficeList, mayForceRefresh } from '../../services/poweroffice/poweroffice-lists';

interface ListRequest {
  params: { id: string };
  query: { refresh?: boolean };
}

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
  /** The department must be the user's; then the list, fetched anew only when `mayForceRefresh` allows. */
  const read = async <K extends PowerOfficeListName>(request: FastifyRequest & ListRequest, list: K) => {
    const user = currentUser(request);
    foundOr404(await findDepartment(app.db, user.companyId, request.params.id), 'Avdelingen');
    return getPowerOfficeList(app, user.companyId, request.params.id, list, {
      refresh: await mayForceRefresh(app, user.role, request.query.refresh),
    });
  };

  app.get(
    '/departments/:id/poweroffice/accounts',
    options("The connected client's chart of accounts", powerOfficeAccountListSchema),
    async (request) => {
      const list = await read(request, 'accounts');
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
      const list = await read(request, 'vat-codes');
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
      const list = await read(request, 'departments');
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
      const list = await read(request, 'customers');
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
