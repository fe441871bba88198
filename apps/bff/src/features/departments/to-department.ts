import type { Department } from '@qo/contracts';
import type { DepartmentRow } from '@qo/db';

/** Row → API shape. `integration` stays null until the integrations feature fills it. */
export function toDepartment(row: DepartmentRow): Department {
  return {
    id: row.id,
    name: row.name,
    businessDayStart: row.business_day_start,
    timezone: 'Europe/Oslo',
    integration: null,
  };
}
