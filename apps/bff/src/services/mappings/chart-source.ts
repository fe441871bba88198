import {
  listDepartments,
  listLiveIntegrations,
  readPowerOfficeListCache,
  type Database,
  type DepartmentRow,
  type IntegrationRow,
  type Kysely,
} from '@qo/db';
import { AppError } from '../../lib/app-error';
import { countActiveDepartments, toChartAccounts, toChartVatCodes, type ChartData } from './chart';

/*
 * Mappings are per company, but a chart of accounts belongs to a PowerOffice client, read through a
 * connected department. By default the first connected department (by name) is the source; when
 * departments of one company connect to different clients, the user picks which department's chart
 * to view and validate against (`?departmentId`).
 */

export interface ChartSource {
  department: DepartmentRow;
  integration: IntegrationRow;
}

export type ConnectedDepartment = ChartSource;

/** Departments with a live connection, working ones first, then by name. */
export async function listConnectedDepartments(
  db: Kysely<Database>,
  companyId: string,
): Promise<ConnectedDepartment[]> {
  const [departments, integrations] = await Promise.all([
    listDepartments(db, companyId),
    listLiveIntegrations(db, companyId),
  ]);
  const byDepartment = new Map(integrations.map((i) => [i.department_id, i]));
  const connected: ConnectedDepartment[] = [];
  for (const department of departments) {
    const integration = byDepartment.get(department.id);
    if (integration) connected.push({ department, integration });
  }
  // A key PowerOffice refused ('error') can still serve the cached chart, but a working one is better.
  return connected.sort(
    (a, b) => Number(a.integration.status !== 'connected') - Number(b.integration.status !== 'connected'),
  );
}

/** The department whose client's chart is used; null when nothing (or not that department) is connected. */
export async function findChartSource(
  db: Kysely<Database>,
  companyId: string,
  departmentId?: string,
): Promise<ChartSource | null> {
  const connected = await listConnectedDepartments(db, companyId);
  if (departmentId === undefined) return connected[0] ?? null;
  return connected.find((c) => c.department.id === departmentId) ?? null;
}

/** Like findChartSource, but an explicitly chosen department that is not connected is refused. */
export async function requireChartSource(
  db: Kysely<Database>,
  companyId: string,
  departmentId?: string,
): Promise<ChartSource | null> {
  const source = await findChartSource(db, companyId, departmentId);
  if (departmentId !== undefined && source === null) {
    throw new AppError('business_rule', 'Avdelingen er ikke koblet til PowerOffice GO', {
      errors: [{ path: 'departmentId', message: 'Velg en avdeling som er koblet til PowerOffice GO' }],
    });
  }
  return source;
}

const older = (a: string, b: string) => (a < b ? a : b);

/** The chart as last cached, without calling PowerOffice; null when it was never read. */
export async function readCachedChart(db: Kysely<Database>, source: ChartSource): Promise<ChartData | null> {
  const clientId = source.integration.poweroffice_client_id;
  const [accounts, vatCodes, departments] = await Promise.all([
    readPowerOfficeListCache(db, clientId, 'accounts'),
    readPowerOfficeListCache(db, clientId, 'vat-codes'),
    readPowerOfficeListCache(db, clientId, 'departments'),
  ]);
  if (!accounts || !vatCodes) return null;
  return {
    accounts: toChartAccounts(accounts.items),
    vatCodes: toChartVatCodes(vatCodes.items),
    activePowerOfficeDepartments: departments ? countActiveDepartments(departments.items) : 0,
    fetchedAt: older(accounts.fetchedAt, vatCodes.fetchedAt),
  };
}
