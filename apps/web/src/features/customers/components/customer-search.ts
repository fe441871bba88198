import type { PowerOfficeCustomerOption } from '@qo/contracts';

/** Text search narrows the choices by name, customer number or org. number. */
export function filterPowerOfficeCustomers(
  items: readonly PowerOfficeCustomerOption[],
  query: string,
): PowerOfficeCustomerOption[] {
  const q = query.trim().toLowerCase();
  const digits = q.replace(/\s/g, '');
  if (!q) return [...items];
  return items.filter(
    (c) =>
      c.name.toLowerCase().includes(q) ||
      String(c.number ?? '').includes(digits) ||
      (c.orgNo ?? '').replace(/\s/g, '').includes(digits),
  );
}

/** The POS's and PowerOffice's org. numbers differ (both known): probably the wrong customer. */
export function orgNoDiffers(
  posOrgNo: string | null | undefined,
  option: PowerOfficeCustomerOption | null,
): boolean {
  const clean = (v: string | null | undefined) => (v ?? '').replace(/\s/g, '');
  return (
    option !== null &&
    clean(posOrgNo) !== '' &&
    clean(option.orgNo) !== '' &&
    clean(posOrgNo) !== clean(option.orgNo)
  );
}

export const optionText = (c: PowerOfficeCustomerOption) =>
  [c.number, c.name, c.orgNo ? `org.nr. ${c.orgNo}` : null].filter(Boolean).join(' · ');
