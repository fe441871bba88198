import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context.js';
import { authOf } from '../http/auth.js';
import { sendWriteResult } from '../http/gateway.js';
import { FieldErrors, problem, sendProblem } from '../http/problem.js';
import { oreToKroner } from '../ledger/money.js';
import { postManualVoucher, reverseVoucher } from '../ledger/post-voucher.js';
import { manualVoucherPostSchema, validateManualVoucher } from '../ledger/validate-voucher.js';
import type { Voucher } from '../state/types.js';

export function manualVoucherDto(v: Voucher) {
  return {
    Id: v.id,
    VoucherNo: v.voucherNo,
    VoucherDate: v.voucherDate,
    CurrencyCode: v.currencyCode,
    Description: v.description,
    ExternalImportReference: v.externalImportReference,
    ImportedVoucherNo: v.importedVoucherNo,
    IsReversed: v.isReversed,
    SaftBatchId: v.saftBatchId,
    SaftSourceId: v.saftSourceId,
    CreatedDateTimeOffset: v.created,
    VoucherLines: v.lines.map((l) => ({
      Id: l.id,
      AccountId: l.accountId,
      CurrencyAmount: oreToKroner(l.amountOre),
      CurrencyCode: l.currencyCode,
      CurrencyExchangeRate: 1,
      CustomMatchingReference: l.raw.CustomMatchingReference ?? null,
      DepartmentId: l.departmentId,
      Description: l.description,
      Dim1Id: l.raw.Dim1Id ?? null,
      Dim2Id: l.raw.Dim2Id ?? null,
      Dim3Id: l.raw.Dim3Id ?? null,
      ExternalLineReference: l.externalLineReference,
      LocationId: l.raw.LocationId ?? null,
      PostingDate: l.postingDate,
      ProductId: l.raw.ProductId ?? null,
      ProjectId: l.raw.ProjectId ?? null,
      Quantity: l.raw.Quantity ?? null,
      Quantity2: l.raw.Quantity2 ?? null,
      VatId: l.vatId,
      VatReturnSpecification: l.raw.VatReturnSpecification ?? 'None',
      CreatedDateTimeOffset: l.raw.CreatedDateTimeOffset ?? null,
    })),
  };
}

const VALIDATION_TITLE = 'Voucher validation error(s)';

/** Direct posting of manual vouchers, reading them back, and reversal. */
export function voucherRoutes(app: FastifyInstance, ctx: SimContext): void {
  app.post('/Vouchers/ManualJournals', { config: { privilege: 'ManualVoucher_Full' } }, async (request, reply) => {
    const { ledger, applicationKey } = authOf(request);
    const at = ctx.now().toISOString();
    const record = (status: number, id: string | null) =>
      ctx.store.received.push({ kind: 'voucher', clientId: ledger.id, at, id, status, body: request.body });

    const parsed = manualVoucherPostSchema.safeParse(request.body);
    if (!parsed.success) {
      const errors = new FieldErrors();
      for (const issue of parsed.error.issues) errors.add(issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '').replace(/\.\[/g, '[') || '(body)', issue.message);
      record(400, null);
      return sendProblem(reply, errors.toProblem(VALIDATION_TITLE));
    }
    const body = parsed.data;

    // Only one live voucher per ExternalImportReference; a reversed one no longer holds it.
    const reference = body.ExternalImportReference ?? null;
    if (reference !== null && reference !== '') {
      const holder = ledger.vouchers.find((v) => v.externalImportReference === reference && !v.isReversed);
      if (holder) {
        record(400, null);
        return sendProblem(
          reply,
          problem(400, 'Object conflict', `A voucher with ExternalImportReference '${reference}' already exists (VoucherNo ${holder.voucherNo}). Duplicate ExternalImportReference.`),
        );
      }
    }

    const result = validateManualVoucher(ledger, body);
    if ('errors' in result) {
      record(400, null);
      return sendProblem(reply, result.errors.toProblem(VALIDATION_TITLE));
    }
    const voucher = postManualVoucher(ledger, body, result.lines, applicationKey, at);
    record(201, voucher.id);
    return sendWriteResult(ctx, request, reply, 201, manualVoucherDto(voucher));
  });

  app.get<{ Params: { id: string } }>('/Vouchers/ManualJournals/:id', { config: { privilege: 'ManualVoucher_Full' } }, async (request, reply) => {
    const { ledger, applicationKey } = authOf(request);
    // Like PowerOffice, only vouchers this integration (application key) created are visible.
    const voucher = ledger.vouchers.find(
      (v) => v.id === request.params.id.toLowerCase() && v.voucherType === 'ManualJournal' && v.createdByApplicationKey === applicationKey,
    );
    if (!voucher) return sendProblem(reply, problem(404, 'Object(s) not found', `Voucher with id = ${request.params.id} was not found.`));
    return manualVoucherDto(voucher);
  });

  app.post<{ Params: { id: string } }>('/Vouchers/Reverse/:id', { config: { privilege: 'YearEndVoucher_Full' } }, async (request, reply) => {
    const { ledger, applicationKey } = authOf(request);
    const at = ctx.now().toISOString();
    const record = (status: number, id: string | null) =>
      ctx.store.received.push({ kind: 'reversal', clientId: ledger.id, at, id, status, body: { VoucherId: request.params.id } });
    const original = ledger.vouchers.find(
      (v) => v.id === request.params.id.toLowerCase() && v.voucherType === 'ManualJournal' && v.createdByApplicationKey === applicationKey,
    );
    if (!original) {
      record(404, null);
      return sendProblem(reply, problem(404, 'Object(s) not found', `Voucher with id = ${request.params.id} was not found.`));
    }
    if (original.isReversed) {
      record(400, null);
      return sendProblem(reply, problem(400, 'Object conflict', `Voucher with id = ${original.id} (VoucherNo ${original.voucherNo}) is already reversed.`));
    }
    const locked = original.lines.find((l) => l.postingDate <= ledger.lockDate);
    if (locked) {
      record(400, null);
      return sendProblem(reply, problem(400, VALIDATION_TITLE, `Posting date ${locked.postingDate} is on or before the lock date ${ledger.lockDate}; the voucher cannot be reversed.`));
    }
    const reversal = reverseVoucher(ledger, original, applicationKey, at);
    record(200, reversal.id);
    return sendWriteResult(ctx, request, reply, 200);
  });
}
