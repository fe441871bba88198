import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SimContext } from '../context.js';
import { authOf } from '../http/auth.js';
import { sendWriteResult } from '../http/gateway.js';
import { FieldErrors, problem, sendProblem } from '../http/problem.js';
import { oreToKroner } from '../ledger/money.js';
import { postVoucher, reverseVoucher } from '../ledger/post-voucher.js';
import { manualVoucherPostSchema, validateManualVoucher } from '../ledger/validate-voucher.js';
import type { ClientLedger, Voucher } from '../state/types.js';

/** ManualVoucherDto and CashVoucherDto share their members; `answered` is the VoucherNo a POST gives. */
export function voucherDto(v: Voucher, answered = false) {
  return {
    Id: v.id,
    VoucherNo: answered && v.answeredVoucherNo !== undefined ? v.answeredVoucherNo : v.voucherNo,
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

type JournalType = 'ManualJournal' | 'CashJournal';

const journals: ReadonlyArray<{
  type: JournalType;
  path: string;
  privilege: string;
  kind: 'voucher' | 'cashVoucher';
}> = [
  {
    type: 'ManualJournal',
    path: '/Vouchers/ManualJournals',
    privilege: 'ManualVoucher_Full',
    kind: 'voucher',
  },
  { type: 'CashJournal', path: '/Vouchers/CashJournals', privilege: 'CashVoucher_Full', kind: 'cashVoucher' },
];

/** A voucher this integration (application key) posted; like PowerOffice, no other is visible to it. */
function ownVoucher(
  ledger: ClientLedger,
  id: string,
  applicationKey: string,
  types: readonly string[],
): Voucher | undefined {
  return ledger.vouchers.find(
    (v) =>
      v.id === id.toLowerCase() &&
      types.includes(v.voucherType) &&
      v.createdByApplicationKey === applicationKey,
  );
}

/**
 * Direct posting of manual and cash vouchers (the same ledger rules; a cash voucher's every line
 * names its VAT code, code 0 where there is no VAT), reading them back, and reversal.
 */
export function voucherRoutes(app: FastifyInstance, ctx: SimContext): void {
  for (const journal of journals) {
    app.post(journal.path, { config: { privilege: journal.privilege } }, (request, reply) =>
      postJournal(ctx, journal, request, reply),
    );

    app.get<{ Params: { id: string } }>(
      `${journal.path}/:id`,
      { config: { privilege: journal.privilege } },
      async (request, reply) => {
        const { ledger, applicationKey } = authOf(request);
        const voucher = ownVoucher(ledger, request.params.id, applicationKey, [journal.type]);
        if (!voucher)
          return sendProblem(
            reply,
            problem(404, 'Object(s) not found', `Voucher with id = ${request.params.id} was not found.`),
          );
        return voucherDto(voucher);
      },
    );
  }

  app.post<{ Params: { id: string } }>(
    '/Vouchers/Reverse/:id',
    { config: { privilege: 'YearEndVoucher_Full' } },
    async (request, reply) => {
      const { ledger, applicationKey } = authOf(request);
      const at = ctx.now().toISOString();
      const record = (status: number, id: string | null) =>
        ctx.store.received.push({
          kind: 'reversal',
          clientId: ledger.id,
          at,
          id,
          status,
          body: { VoucherId: request.params.id },
        });
      const original = ownVoucher(ledger, request.params.id, applicationKey, [
        'ManualJournal',
        'CashJournal',
      ]);
      if (!original) {
        record(404, null);
        return sendProblem(
          reply,
          problem(404, 'Object(s) not found', `Voucher with id = ${request.params.id} was not found.`),
        );
      }
      if (original.isReversed) {
        record(400, null);
        return sendProblem(
          reply,
          problem(
            400,
            'Object conflict',
            `Voucher with id = ${original.id} (VoucherNo ${original.voucherNo}) is already reversed.`,
          ),
        );
      }
      const locked = original.lines.find((l) => l.postingDate <= ledger.lockDate);
      if (locked) {
        record(400, null);
        return sendProblem(
          reply,
          problem(
            400,
            VALIDATION_TITLE,
            `Posting date ${locked.postingDate} is on or before the lock date ${ledger.lockDate}; the voucher cannot be reversed.`,
          ),
        );
      }
      const delay = ctx.store.faults.reversalDelayMs;
      if (delay > 0) {
        // Accepted, done later: until then the voucher reads as not reversed.
        const timer = setTimeout(() => {
          ctx.store.pendingReversals.delete(timer);
          if (!original.isReversed) reverseVoucher(ledger, original, applicationKey, ctx.now().toISOString());
        }, delay);
        ctx.store.pendingReversals.add(timer);
        record(202, null);
        return sendWriteResult(ctx, request, reply, 202);
      }
      const reversal = reverseVoucher(ledger, original, applicationKey, at);
      record(200, reversal.id);
      return sendWriteResult(ctx, request, reply, 200);
    },
  );
}

async function postJournal(
  ctx: SimContext,
  journal: (typeof journals)[number],
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | ReturnType<typeof voucherDto>> {
  const { ledger, applicationKey } = authOf(request);
  const at = ctx.now().toISOString();
  const record = (status: number, id: string | null) =>
    ctx.store.received.push({ kind: journal.kind, clientId: ledger.id, at, id, status, body: request.body });

  const parsed = manualVoucherPostSchema.safeParse(request.body);
  if (!parsed.success) {
    const errors = new FieldErrors();
    for (const issue of parsed.error.issues)
      errors.add(
        issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')
          .replace(/\.\[/g, '[') || '(body)',
        issue.message,
      );
    record(400, null);
    return sendProblem(reply, errors.toProblem(VALIDATION_TITLE));
  }
  const body = parsed.data;

  // Only one live voucher per ExternalImportReference (of either type); a reversed one no longer holds it.
  const reference = body.ExternalImportReference ?? null;
  if (reference !== null && reference !== '') {
    const holder = ledger.vouchers.find((v) => v.externalImportReference === reference && !v.isReversed);
    if (holder) {
      record(400, null);
      return sendProblem(
        reply,
        problem(
          400,
          'Object conflict',
          `A voucher with ExternalImportReference '${reference}' already exists (VoucherNo ${holder.voucherNo}). Duplicate ExternalImportReference.`,
        ),
      );
    }
  }

  const result = validateManualVoucher(ledger, body);
  if (journal.type === 'CashJournal') {
    const errors = 'errors' in result ? result.errors : new FieldErrors();
    (body.VoucherLines ?? []).forEach((line, index) => {
      if (line.VatId === null)
        errors.add(
          `VoucherLines[${index}].VatId`,
          'A cash voucher line needs a VAT code; use VAT code 0 where the line has no VAT.',
        );
    });
    if (!errors.isEmpty) {
      record(400, null);
      return sendProblem(reply, errors.toProblem(VALIDATION_TITLE));
    }
  }
  if ('errors' in result) {
    record(400, null);
    return sendProblem(reply, result.errors.toProblem(VALIDATION_TITLE));
  }
  const voucher = postVoucher(ledger, journal.type, body, result.lines, applicationKey, at);
  if (ctx.store.faults.interimVoucherNo) voucher.answeredVoucherNo = 0;
  record(201, voucher.id);
  return sendWriteResult(ctx, request, reply, 201, voucherDto(voucher, true));
}
