import type { Department } from '@qo/contracts';
import type { DepartmentRow, IntegrationRow } from '@qo/db';
import { toIntegrationSummary } from '../../services/integrations/to-integration';

/** Row → API shape; `integration` is the live PowerOffice connection, when given. */
export function toDepartment(row: DepartmentRow, integration?: IntegrationRow): Department {
  return {
    id: row.id,
    name: row.name,
    businessDayStart: row.business_day_start,
    timezone: 'Europe/Oslo',
    integration: integration ? toIntegrationSummary(integration) : null,
  };
}
