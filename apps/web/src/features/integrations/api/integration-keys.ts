/** Query keys of the integrations feature; mutations invalidate `all` (and the department list). */
export const integrationKeys = {
  all: ['integrations'] as const,
  slots: () => [...integrationKeys.all, 'slots'] as const,
  detail: (departmentId: string) => [...integrationKeys.all, 'detail', departmentId] as const,
  powerOfficeDepartments: (departmentId: string) =>
    [...integrationKeys.all, 'poweroffice-departments', departmentId] as const,
};
