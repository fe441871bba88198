import type { FastifyInstance } from 'fastify';
import { getDepartmentPowerOffice } from '../../services/poweroffice/department-poweroffice';
import type { ChartSource } from '../../services/mappings/chart-source';

/** Fiken, Quick and most Norwegian charts book øreavrunding on 7740. */
export const DEFAULT_ROUNDING_ACCOUNT_NO = 7740;

/**
 * The client's own rounding account (VatSettings.RoundingAccountNo) when it has one, else 7740.
 * Only a suggestion: if PowerOffice cannot be asked, the default is still a good answer.
 */
export async function suggestRoundingAccount(
  app: FastifyInstance,
  companyId: string,
  source: ChartSource | null,
): Promise<number> {
  if (!source) return DEFAULT_ROUNDING_ACCOUNT_NO;
  try {
    const { client } = await getDepartmentPowerOffice(app, companyId, source.department.id);
    return (await client.getVatSettings()).RoundingAccountNo ?? DEFAULT_ROUNDING_ACCOUNT_NO;
  } catch (error) {
    app.log.warn({ err: error }, 'VatSettings not read; suggesting the default rounding account');
    return DEFAULT_ROUNDING_ACCOUNT_NO;
  }
}
