import type { FastifyInstance } from 'fastify';
import { getPowerOfficeList } from '../poweroffice/poweroffice-lists';
import { countActiveDepartments, toChartAccounts, toChartVatCodes, type ChartData } from './chart';
import { readCachedChart, type ChartSource } from './chart-source';

const older = (a: string, b: string) => (a < b ? a : b);

/** Reads (through the shared cache) the source client's accounts, VAT codes and departments. */
export async function loadChart(
  app: FastifyInstance,
  companyId: string,
  source: ChartSource,
  options: { refresh?: boolean } = {},
): Promise<ChartData> {
  const departmentId = source.department.id;
  const refresh = options.refresh ?? false;
  const [accounts, vatCodes, departments] = await Promise.all([
    getPowerOfficeList(app, companyId, departmentId, 'accounts', { refresh }),
    getPowerOfficeList(app, companyId, departmentId, 'vat-codes', { refresh }),
    getPowerOfficeList(app, companyId, departmentId, 'departments', { refresh }),
  ]);
  return {
    accounts: toChartAccounts(accounts.items),
    vatCodes: toChartVatCodes(vatCodes.items),
    activePowerOfficeDepartments: countActiveDepartments(departments.items),
    fetchedAt: older(older(accounts.fetchedAt, vatCodes.fetchedAt), departments.fetchedAt),
  };
}

/**
 * The chart for validating a save or showing problems: fresh from the cache or PowerOffice; when
 * PowerOffice cannot be reached, the last cached copy rather than nothing.
 */
export async function loadChartOrCached(
  app: FastifyInstance,
  companyId: string,
  source: ChartSource | null,
): Promise<ChartData | null> {
  if (!source) return null;
  try {
    return await loadChart(app, companyId, source);
  } catch (error) {
    const cached = await readCachedChart(app.db, source);
    if (cached) return cached;
    throw error;
  }
}
