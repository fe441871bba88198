import type { FastifyInstance } from 'fastify';
import { authOf } from '../http/auth.js';
import { sendPage } from '../http/paging.js';
import { problem, sendProblem } from '../http/problem.js';
import { parseBoolean, queryParam } from '../http/query.js';
import type { VatCode } from '../state/types.js';

export function vatCodeDto(v: VatCode) {
  return {
    Id: v.id,
    Code: v.code,
    Name: v.name,
    Description: v.name,
    Rate: v.rateBp / 10_000,
    IsActive: v.isActive,
    IsCustom: false,
    BaseVatCodeId: null,
    ValidFrom: v.validFrom,
    ValidTo: v.validTo,
    VatBasisRatio: null,
    VatBasisRatioValidFrom: null,
    VatBasisRatios: null,
  };
}

/** GET /VatCodes: SAF-T codes; expired ones only with includeExpired=true. */
export function vatCodeRoutes(app: FastifyInstance): void {
  app.get('/VatCodes', { config: { privilege: 'CommonServices' } }, async (request, reply) => {
    const { ledger } = authOf(request);
    let includeExpired: boolean | undefined;
    let isActive: boolean | undefined;
    try {
      includeExpired = parseBoolean(queryParam(request, 'includeExpired'));
      isActive = parseBoolean(queryParam(request, 'isActive'));
    } catch (error) {
      return sendProblem(reply, problem(400, 'Invalid filter', (error as Error).message));
    }
    const codes = ledger.vatCodes
      .filter((v) => includeExpired === true || v.validTo === null)
      .filter((v) => isActive === undefined || v.isActive === isActive);
    return sendPage(request, reply, codes.map(vatCodeDto));
  });
}
