import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authOf } from '../http/auth.js';
import { sendPage } from '../http/paging.js';
import { problem, sendProblem } from '../http/problem.js';
import { parseNumberFilter, queryParam } from '../http/query.js';
import type { Account, ClientLedger } from '../state/types.js';

export function accountDto(ledger: ClientLedger, account: Account) {
  const vat = ledger.vatCodes.find((v) => v.id === account.vatCodeId);
  return {
    Id: account.id,
    AccountNo: account.accountNo,
    Name: account.name,
    IsActive: account.isActive,
    GeneralLedgerAccountType: account.type,
    VatCode: vat?.code ?? null,
    VatCodeId: account.vatCodeId,
    IsVatCodeLocked: account.isVatCodeLocked,
    IsDepartmentRequired: false,
    IsProjectRequired: false,
    DepartmentId: null,
    DepartmentCode: null,
    CurrencyCode: null,
    AgricultureDepartment: 'None',
    Unit1: null,
    Unit2: null,
    VatReturnSpecification: 'None',
    LastChangedDateTimeOffset: account.lastChanged,
  };
}

/** GET /GeneralLedgerAccounts (accountNos filter with ranges) and GET /GeneralLedgerAccounts/{id}. */
export function generalLedgerAccountRoutes(app: FastifyInstance): void {
  const config = { privilege: 'GeneralLedgerAccount' };
  app.get('/GeneralLedgerAccounts', { config }, async (request: FastifyRequest, reply: FastifyReply) => {
    const { ledger } = authOf(request);
    let matches: ((n: number) => boolean) | null;
    try {
      matches = parseNumberFilter(queryParam(request, 'accountNos'));
    } catch (error) {
      return sendProblem(reply, problem(400, 'Invalid filter', `accountNos: ${(error as Error).message}`));
    }
    const since = queryParam(request, 'lastChangedDateTimeOffsetGreaterThan');
    const accounts = ledger.accounts
      .filter((a) => matches === null || matches(a.accountNo))
      .filter((a) => since === undefined || Date.parse(a.lastChanged) > Date.parse(since))
      .sort((a, b) => a.accountNo - b.accountNo);
    return sendPage(
      request,
      reply,
      accounts.map((a) => accountDto(ledger, a)),
    );
  });
  app.get<{ Params: { id: string } }>('/GeneralLedgerAccounts/:id', { config }, async (request, reply) => {
    const { ledger } = authOf(request);
    const account = ledger.accounts.find((a) => String(a.id) === request.params.id);
    if (!account)
      return sendProblem(
        reply,
        problem(
          404,
          'Object(s) not found',
          `General ledger account with id = ${request.params.id} was not found.`,
        ),
      );
    return accountDto(ledger, account);
  });
}
