import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context.js';
import { authOf } from '../http/auth.js';
import { sendPage } from '../http/paging.js';
import { FieldErrors, problem, sendProblem } from '../http/problem.js';
import { parseNumberFilter, parseStringList, queryParam } from '../http/query.js';
import { oreToKroner } from '../ledger/money.js';
import type { AccountTransaction } from '../state/types.js';

export function accountTransactionDto(t: AccountTransaction) {
  return {
    Id: t.id,
    AccountId: t.accountId,
    AccountNo: t.accountNo,
    Amount: oreToKroner(t.amountOre),
    CurrencyAmount: oreToKroner(t.amountOre),
    CurrencyCode: t.currencyCode,
    CustomerAccountNo: t.customerAccountNo,
    SupplierAccountNo: null,
    EmployeeAccountNo: null,
    ContactId: null,
    DepartmentId: t.departmentId,
    DepartmentCode: t.departmentCode,
    Description: t.description,
    ExternalImportReference: t.externalImportReference,
    ImportedVoucherNo: t.importedVoucherNo,
    IsReversed: t.isReversed,
    ReversedVoucherId: t.reversedVoucherId,
    ReversedVoucherNo: t.reversedVoucherNo,
    CorrectionOfVoucherId: null,
    CorrectionOfVoucherNo: null,
    PostingDate: t.postingDate,
    VoucherDate: t.voucherDate,
    VoucherDescription: t.voucherDescription,
    VoucherId: t.voucherId,
    VoucherNo: t.voucherNo,
    VoucherType: t.voucherType,
    VatId: t.vatId,
    VatCode: t.vatCode,
    VatRate: t.vatRateBp / 10_000,
    VatAmount: oreToKroner(t.vatAmountOre),
    VatReturnSpecification: 'None',
    AgricultureDepartment: 'None',
    CreatedDateTimeOffset: t.created,
    LastChangedDateTimeOffset: t.created,
    CreatedFromImportJournalId: null,
    BankTransferId: null,
    IsNoteMainEntry: null,
    SubLedgerEntryId: null,
    LocationId: null,
    LocationCode: null,
    ProductId: null,
    ProductCode: null,
    ProjectId: null,
    ProjectCode: null,
    Dim1Id: null,
    Dim1Code: null,
    Dim2Id: null,
    Dim2Code: null,
    Dim3Id: null,
    Dim3Code: null,
    Quantity: null,
    Quantity2: null,
  };
}

const date = /^\d{4}-\d{2}-\d{2}$/;

/** GET /AccountTransactions: fromDate and toDate (posting date, inclusive) are required. */
export function accountTransactionRoutes(app: FastifyInstance, ctx: SimContext): void {
  app.get('/AccountTransactions', { config: { privilege: 'AccountTransaction' } }, async (request, reply) => {
    const { ledger } = authOf(request);
    const fromDate = queryParam(request, 'fromDate');
    const toDate = queryParam(request, 'toDate');
    const errors = new FieldErrors();
    if (fromDate === undefined || !date.test(fromDate))
      errors.add('fromDate', 'The fromDate field is required (YYYY-MM-DD).');
    if (toDate === undefined || !date.test(toDate))
      errors.add('toDate', 'The toDate field is required (YYYY-MM-DD).');
    if (!errors.isEmpty)
      return sendProblem(reply, errors.toProblem('One or more validation errors occurred.'));
    try {
      const accountNos = parseNumberFilter(queryParam(request, 'accountNos'));
      const voucherNos = parseNumberFilter(queryParam(request, 'voucherNos'));
      const departmentCodes = parseStringList(queryParam(request, 'departmentCodes'));
      const vatCodes = parseStringList(queryParam(request, 'vatCodes'));
      const voucherTypes = parseStringList(queryParam(request, 'voucherTypes'));
      const createdAfter = queryParam(request, 'createdDateTimeOffsetGreaterThan');
      const list = ledger.transactions.filter(
        (t) =>
          t.postingDate >= (fromDate as string) &&
          t.postingDate <= (toDate as string) &&
          (accountNos === null || accountNos(t.accountNo)) &&
          (voucherNos === null || voucherNos(t.voucherNo)) &&
          (departmentCodes === null ||
            (t.departmentCode !== null && departmentCodes.has(t.departmentCode))) &&
          (vatCodes === null || (t.vatCode !== null && vatCodes.has(t.vatCode))) &&
          (voucherTypes === null || voucherTypes.has(t.voucherType)) &&
          (createdAfter === undefined || Date.parse(t.created) > Date.parse(createdAfter)),
      );
      // A reversal not numbered yet (fault `reversalNumberPending`) shows VoucherNo 0.
      const pending = ctx.store.faults.reversalNumberPending;
      const dto = (t: AccountTransaction) =>
        pending && t.voucherType === 'ReversalVoucher'
          ? { ...accountTransactionDto(t), VoucherNo: 0 }
          : accountTransactionDto(t);
      return sendPage(request, reply, list.map(dto));
    } catch (error) {
      return sendProblem(reply, problem(400, 'Invalid filter', (error as Error).message));
    }
  });
}
