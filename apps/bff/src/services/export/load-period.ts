import type { VoucherMappings } from '@qo/accounting';
import { findDepartment, type DepartmentRow } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { foundOr404 } from '../../lib/app-error';
import { loadVoucherMappings } from './company-mappings';
import { dayWindows, loadDays, type DayData } from './period-days';
import { loadPowerOfficeContext, type PowerOfficeContextResult } from './poweroffice-context';

export interface LoadedPeriod {
  department: DepartmentRow;
  days: DayData[];
  mappings: VoucherMappings;
  powerOffice: PowerOfficeContextResult;
}

/**
 * Everything a period's vouchers are built from: the department (404 for another company's), its
 * sales per business day, the company's mappings and the PowerOffice facts. The days are read as
 * per-day sums plus the few orders that need splitting (period-days.ts), not order by order.
 */
export async function loadPeriod(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
  from: string,
  to: string,
): Promise<LoadedPeriod> {
  const department = foundOr404(await findDepartment(app.db, companyId, departmentId), 'Avdelingen');
  const windows = dayWindows(from, to, department.business_day_start);
  const [powerOffice, mappings] = await Promise.all([
    loadPowerOfficeContext(app, companyId, department.id),
    loadVoucherMappings(app.db, companyId, false),
  ]);
  mappings.autoInvoice = powerOffice.ok && powerOffice.context.integration.auto_invoice === 1;
  const days = await loadDays(app.db, department.id, windows, mappings);
  return { department, days, mappings, powerOffice };
}
