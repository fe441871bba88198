import type { MappingProblem } from '@qo/contracts';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { ChartData } from './chart';
import { requireChartSource } from './chart-source';
import { loadChartOrCached } from './load-chart';
import { refusable } from './mapping-rules';

/**
 * What the mapping routes share: the chart to check against (the department the user is viewing,
 * `?departmentId`, else the first connected one) and the refusal of a save that would map to an
 * account or VAT code PowerOffice does not have.
 *
 * The accountant maps as well as reads: tying the POS to the chart of accounts is bookkeeping work
 * (docs/product.md, "Roles"). Staff has no access. Connecting departments stays with the owner
 * (integrations).
 */
export const MAPPING_READ_ROLES = ['owner', 'accountant'] as const;
export const MAPPING_WRITE_ROLES = ['owner', 'accountant'] as const;

/** Fields whose value differs between before and after (all of them on create). */
export function changedFields<T extends object>(
  before: T | undefined,
  after: T,
  fields: readonly (keyof T & string)[],
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const field of fields) if (!before || before[field] !== after[field]) changed[field] = after[field];
  return changed;
}

export async function chartFor(
  app: FastifyInstance,
  companyId: string,
  departmentId?: string,
): Promise<ChartData | null> {
  return loadChartOrCached(app, companyId, await requireChartSource(app.db, companyId, departmentId));
}

/**
 * 422 with the field paths when a chosen account/VAT code is unknown, inactive or of the wrong kind.
 * `chosen` holds only the fields this save changes: renaming a type whose account disappeared in
 * PowerOffice is not refused (the page shows that problem), pointing it at a missing account is.
 * Choosing an account needs a connected client to check it against; clearing one (null) never does.
 */
export function refuseInvalidMapping(
  problems: readonly MappingProblem[],
  chart: ChartData | null,
  chosen: Record<string, unknown>,
): void {
  const errors = refusable(problems)
    .filter((p) => p.field !== undefined && p.field in chosen)
    .map((p) => ({ path: p.field ?? '', message: p.message }));
  if (chart === null) {
    for (const [field, value] of Object.entries(chosen)) {
      if (value !== null && value !== undefined) {
        errors.push({
          path: field,
          message: 'Koble en avdeling til PowerOffice GO først, så kontoen kan sjekkes mot kontoplanen',
        });
      }
    }
  }
  if (errors.length > 0) {
    throw new AppError('business_rule', errors.map((e) => e.message).join('. '), { errors });
  }
}
