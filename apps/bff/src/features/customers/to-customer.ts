import type { Customer, PowerOfficeCustomerOption } from '@qo/contracts';
import type { CustomerLinkRow, CustomerRow } from '@qo/db';
import type { Customer as PowerOfficeCustomer } from '@qo/poweroffice';

export function toCustomer(row: CustomerRow, link: CustomerLinkRow | undefined): Customer {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    orgNo: row.org_no,
    powerOfficeCustomer: link
      ? {
          id: Number(link.poweroffice_customer_id),
          number: link.poweroffice_customer_no === null ? null : Number(link.poweroffice_customer_no),
          name: link.poweroffice_customer_name,
        }
      : null,
  };
}

/** Companies have a Name; persons a first and last name. */
export function powerOfficeCustomerName(c: PowerOfficeCustomer): string {
  const person = [c.FirstName, c.LastName].filter(Boolean).join(' ');
  return c.Name?.trim() || c.LegalName?.trim() || person || `Kunde ${c.Number ?? c.Id}`;
}

export function toCustomerOption(c: PowerOfficeCustomer): PowerOfficeCustomerOption {
  return {
    id: c.Id,
    number: c.Number ?? null,
    name: powerOfficeCustomerName(c),
    orgNo: c.OrganizationNumber ?? null,
    isActive: c.IsActive !== false && c.IsArchived !== true,
  };
}
