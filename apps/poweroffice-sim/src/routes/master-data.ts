import type { FastifyInstance, FastifyReply } from 'fastify';
import { authOf } from '../http/auth.js';
import { sendPage } from '../http/paging.js';
import { problem, sendProblem } from '../http/problem.js';
import { parseBoolean, parseNumberFilter, parseStringList, queryParam } from '../http/query.js';
import { oreToKroner } from '../ledger/money.js';
import type { ClientLedger, Customer, Department, Product } from '../state/types.js';

export function departmentDto(d: Department) {
  return {
    Id: d.id,
    Code: d.code,
    Name: d.name,
    IsActive: d.isActive,
    ManagerEmployeeId: null,
    ManagerEmployeeNo: null,
    CreatedDateTimeOffset: d.created,
    LastChangedDateTimeOffset: d.created,
    CreatedFromImportJournalId: null,
  };
}

export function customerDto(c: Customer) {
  return {
    Id: c.id,
    Number: c.number,
    Name: c.name,
    LegalName: c.name,
    FirstName: null,
    LastName: null,
    IsPerson: false,
    OrganizationNumber: c.organizationNumber,
    EmailAddress: c.emailAddress,
    InvoiceEmailAddress: c.emailAddress,
    InvoiceEmailAddressCC: null,
    PhoneNumber: null,
    MailAddress: {
      Id: c.id,
      AddressLine1: null,
      AddressLine2: null,
      ZipCode: c.zipCode,
      City: c.city,
      CountryCode: 'NO',
      ExternalCode: null,
      LastChangedDateTimeOffset: c.created,
    },
    ExternalImportReference: null,
    ExternalNumber: null,
    SubledgerAccountId: c.subledgerAccountId,
    DepartmentId: null,
    DepartmentCode: null,
    IsVatFree: false,
    IsActive: c.isActive,
    IsArchived: !c.isActive,
    InvoiceDeliveryType: 'PdfByEmail',
    PaymentTerm: 14,
    PaymentTermId: null,
    CurrencyCode: 'NOK',
    ContactCreatedDateTimeOffset: c.created,
    CustomerCreatedDateTimeOffset: c.created,
    LastChangedDateTimeOffset: c.created,
  };
}

export function productDto(ledger: ClientLedger, p: Product) {
  const accountNo = (id: number | null) =>
    id === null ? null : (ledger.accounts.find((a) => a.id === id)?.accountNo ?? null);
  return {
    Id: p.id,
    Code: p.code,
    Name: p.name,
    Description: null,
    Gtin: null,
    UnitPrice: oreToKroner(p.unitPriceOre),
    UnitCost: null,
    UnitOfMeasureCode: p.type === 'Service' ? 'HUR' : 'EA',
    ProductType: p.type,
    ProductGroupCode: null,
    ProductGroupId: null,
    StandardSalesAccountId: p.standardAccountId,
    StandardSalesAccount: accountNo(p.standardAccountId),
    StandardSalesAccountAgricultureDepartment: 'None',
    OptionalSalesAccountId: p.optionalAccountId,
    OptionalSalesAccount: accountNo(p.optionalAccountId),
    OptionalSalesAccountAgricultureDepartment: 'None',
    IsArchived: p.isArchived,
    IsStockItem: false,
    StockOnHand: null,
    StockAvailable: null,
    StockOnHandLastChangedDatetimeOffset: null,
    CreatedDateTimeOffset: p.created,
    LastChangedDateTimeOffset: p.created,
    CreatedFromImportJournalId: null,
  };
}

const badFilter = (reply: FastifyReply, error: unknown) =>
  sendProblem(reply, problem(400, 'Invalid filter', (error as Error).message));
const notFound = (reply: FastifyReply, what: string, id: string) =>
  sendProblem(reply, problem(404, 'Object(s) not found', `${what} with id = ${id} was not found.`));

/** Departments, customers, products (reads), LockDateSettings and VatSettings. */
export function masterDataRoutes(app: FastifyInstance): void {
  app.get('/Departments', { config: { privilege: 'Department' } }, async (request, reply) => {
    const { ledger } = authOf(request);
    try {
      const codes = parseStringList(queryParam(request, 'codes'));
      const isActive = parseBoolean(queryParam(request, 'isActive'));
      const name = queryParam(request, 'name');
      const list = ledger.departments
        .filter((d) => codes === null || codes.has(d.code))
        .filter((d) => isActive === undefined || d.isActive === isActive)
        .filter((d) => name === undefined || d.name.toLowerCase().includes(name.toLowerCase()));
      return sendPage(request, reply, list.map(departmentDto));
    } catch (error) {
      return badFilter(reply, error);
    }
  });
  app.get<{ Params: { id: string } }>(
    '/Departments/:id',
    { config: { privilege: 'Department' } },
    async (request, reply) => {
      const d = authOf(request).ledger.departments.find((x) => String(x.id) === request.params.id);
      return d ? departmentDto(d) : notFound(reply, 'Department', request.params.id);
    },
  );

  app.get('/Customers', { config: { privilege: 'Customer' } }, async (request, reply) => {
    const { ledger } = authOf(request);
    try {
      const numbers = parseNumberFilter(queryParam(request, 'customerNos'));
      // Not in PowerOffice's 2025 spec (a third-party client uses it); accepted so searches work.
      const orgNos = parseStringList(queryParam(request, 'organizationNumbers'));
      const reference = queryParam(request, 'externalImportReference');
      const list = ledger.customers
        .filter((c) => numbers === null || numbers(c.number))
        .filter((c) => orgNos === null || orgNos.has(c.organizationNumber))
        .filter(() => reference === undefined);
      return sendPage(request, reply, list.map(customerDto));
    } catch (error) {
      return badFilter(reply, error);
    }
  });
  app.get<{ Params: { id: string } }>(
    '/Customers/:id',
    { config: { privilege: 'Customer' } },
    async (request, reply) => {
      const c = authOf(request).ledger.customers.find((x) => String(x.id) === request.params.id);
      return c ? customerDto(c) : notFound(reply, 'Customer', request.params.id);
    },
  );

  app.get('/Products', { config: { privilege: 'Product' } }, async (request, reply) => {
    const { ledger } = authOf(request);
    try {
      const codes = parseStringList(queryParam(request, 'codes'));
      const names = parseStringList(queryParam(request, 'names'));
      const isArchived = parseBoolean(queryParam(request, 'isArchived'));
      const type = queryParam(request, 'type');
      const list = ledger.products
        .filter((p) => codes === null || codes.has(p.code))
        .filter((p) => names === null || names.has(p.name))
        .filter((p) => isArchived === undefined || p.isArchived === isArchived)
        .filter((p) => type === undefined || p.type.toLowerCase() === type.toLowerCase());
      return sendPage(
        request,
        reply,
        list.map((p) => productDto(ledger, p)),
      );
    } catch (error) {
      return badFilter(reply, error);
    }
  });
  app.get<{ Params: { id: string } }>(
    '/Products/:id',
    { config: { privilege: 'Product' } },
    async (request, reply) => {
      const { ledger } = authOf(request);
      const p = ledger.products.find((x) => String(x.id) === request.params.id);
      return p ? productDto(ledger, p) : notFound(reply, 'Product', request.params.id);
    },
  );

  app.get('/LockDateSettings', { config: { privilege: 'CommonServices' } }, async (request) => ({
    LockDate: authOf(request).ledger.lockDate,
  }));

  app.get('/VatSettings', { config: { privilege: 'CommonServices' } }, async (request) => {
    const { ledger } = authOf(request);
    const rounding = ledger.accounts.find((a) => a.accountNo === 7740);
    return {
      IsVatRegistered: true,
      UseVatCompensation: false,
      VatNumber: `NO${ledger.organizationNumber}MVA`,
      VatPeriod: 'BiMonthly',
      VatReturnType: 'GeneralIndustry',
      ReportVatReturnManually: false,
      ReportAlternativeVatReturn: false,
      AlternativeVatPeriod: null,
      AlternativeVatReturnFromYear: null,
      AlternativeVatReturnType: null,
      VatAlternativeGrouping: null,
      RoundingAccountId: rounding?.id ?? null,
      RoundingAccountNo: rounding?.accountNo ?? null,
      RoundingAccountAgricultureDepartment: 'None',
    };
  });
}
