import type { VoucherMappings } from '@qo/accounting';
import { findDepartment, loadPosPeriod, type DepartmentRow } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { foundOr404 } from '../../lib/app-error';
import { loadVoucherMappings } from './company-mappings';
import { dayWindows, splitIntoDays, type DayData } from './period-days';
import { loadPowerOfficeContext, type PowerOfficeContextResult } from './poweroffice-context';

export interface LoadedPeriod {
  department: DepartmentRow;
  days: DayData[];
  mappings: VoucherMappings;
  powerOffice: PowerOfficeContextResult;
}

/**
 * Everything a period's vouchers are built from: the department (404 for another company's), its
 * orders and cash movements read once for the whole period and split per business day, the
 * company's mappings and the PowerOffice facts.
 */
export async function loadPeriod(app: FastifyInstance, companyId: string, departmentId: string, from: string, to: string): Promise<LoadedPeriod> {
  const department = foundOr404(await findDepartment(app.db, companyId, departmentId), 'Avdelingen');
  const windows = dayWindows(from, to, department.business_day_start);
  const [data, powerOffice] = await Promise.all([
    loadPosPeriod(app.db, department.id, windows[0]!.fromUtc, windows[windows.length - 1]!.toUtc),
    loadPowerOfficeContext(app, companyId, department.id),
  ]);
  const autoInvoice = powerOffice.ok && powerOffice.context.integration.auto_invoice === 1;
  const mappings = await loadVoucherMappings(app.db, companyId, autoInvoice);
  return { department, days: splitIntoDays(data, windows), mappings, powerOffice };
}
