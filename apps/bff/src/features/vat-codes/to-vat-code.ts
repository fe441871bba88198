import type { PosVatRate, VatCodeMapping } from '@qo/contracts';
import type { ChartData } from '../../services/mappings/chart';
import { SUGGESTED_VAT_CODES, vatCodeProblems } from '../../services/mappings/mapping-rules';

export function toVatCodeMapping(
  rate: PosVatRate,
  code: string | null,
  chart: ChartData | null,
): VatCodeMapping {
  return {
    rate,
    powerOfficeVatCode: code,
    suggestedVatCode: SUGGESTED_VAT_CODES[rate],
    problems: vatCodeProblems(rate, code, chart),
  };
}
