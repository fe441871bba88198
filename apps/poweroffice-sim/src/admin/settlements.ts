import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SimContext } from '../context.js';
import { FieldErrors, sendProblem } from '../http/problem.js';
import { oreToKroner } from '../ledger/money.js';
import { postVoucher } from '../ledger/post-voucher.js';
import { validateManualVoucher, type ManualVoucherPost } from '../ledger/validate-voucher.js';
import { voucherDto } from '../routes/vouchers.js';

/*
 * Settlements as a bank journal books them: the acquirer's payout (Nets, Vipps …) arrives in the bank
 * net of its fee, and the voucher debits the bank with the payout, debits a cost account with the
 * fee and credits the clearing account with the gross amount the payout settles. The clearing line
 * carries the matching reference as CustomMatchingReference and, as a bank statement's message does,
 * in its text. The same rules as a posted voucher apply (accounts, VAT codes, lock date); the
 * voucher is a `BankJournal` and shows in AccountTransactions like any other.
 */

const dateRe = /^\d{4}-\d{2}-\d{2}$/;
const settlementSchema = z
  .object({
    Date: z.string().regex(dateRe, 'must be a date (YYYY-MM-DD)'),
    ClearingAccountNo: z.number().int(),
    /** What the payout settles on the clearing account, in øre (> 0). */
    GrossOre: z.number().int().positive(),
    /** The acquirer's fee, in øre (≥ 0, < gross). */
    FeeOre: z.number().int().min(0).default(0),
    BankAccountNo: z.number().int().default(1920),
    FeeAccountNo: z.number().int().default(7770),
    Reference: z.string().min(1).max(200).nullish(),
    Description: z.string().min(1).max(200).default('Oppgjør'),
    DepartmentId: z.number().int().nullish(),
  })
  .strict()
  .refine((s) => s.FeeOre < s.GrossOre, { message: 'FeeOre must be less than GrossOre', path: ['FeeOre'] });

const bodySchema = z.object({ Settlements: z.array(settlementSchema).min(1).max(5000) }).strict();

export function settlementRoutes(app: FastifyInstance, ctx: SimContext): void {
  /** Books one BankJournal voucher per settlement; all or nothing: the first refused one stops the batch before anything is booked. */
  app.post<{ Params: { id: string } }>('/_sim/clients/:id/settlements', async (request, reply) => {
    const ledger = ctx.store.ledgers.get(request.params.id);
    if (!ledger) return reply.code(404).send({ Title: 'Object(s) not found', Status: 404 });
    const parsed = bodySchema.safeParse(request.body);
    if (!parsed.success) {
      const errors = new FieldErrors();
      for (const issue of parsed.error.issues) errors.add(issue.path.join('.') || '(body)', issue.message);
      return sendProblem(reply, errors.toProblem('Invalid settlements'));
    }
    const noVat = ledger.vatCodes.find((v) => v.code === '0');
    const accountId = (no: number) => ledger.accounts.find((a) => a.accountNo === no)?.id ?? -no;
    const prepared = parsed.data.Settlements.map((s, index) => {
      const text = s.Reference ? `${s.Description} ${s.Reference}` : s.Description;
      const line = (accountNo: number, amountOre: number, description: string, extra: object = {}) => ({
        AccountId: accountId(accountNo),
        PostingDate: s.Date,
        VatId: noVat?.id ?? null,
        CurrencyAmount: oreToKroner(amountOre),
        Description: description,
        ...(s.DepartmentId != null ? { DepartmentId: s.DepartmentId } : {}),
        ...extra,
      });
      const body: ManualVoucherPost = {
        VoucherDate: s.Date,
        CurrencyCode: 'NOK',
        Description: text,
        VoucherLines: [
          line(s.BankAccountNo, s.GrossOre - s.FeeOre, text),
          ...(s.FeeOre > 0 ? [line(s.FeeAccountNo, s.FeeOre, `Gebyr ${s.Description}`)] : []),
          line(
            s.ClearingAccountNo,
            -s.GrossOre,
            text,
            s.Reference ? { CustomMatchingReference: s.Reference } : {},
          ),
        ],
      };
      return { index, body, result: validateManualVoucher(ledger, body) };
    });
    const errors = new FieldErrors();
    for (const p of prepared) {
      if ('errors' in p.result)
        for (const [field, messages] of p.result.errors.entries())
          for (const m of messages) errors.add(`Settlements[${p.index}].${field}`, m);
    }
    if (!errors.isEmpty) return sendProblem(reply, errors.toProblem('Invalid settlements'));
    const at = ctx.now().toISOString();
    const vouchers = prepared.map((p) =>
      postVoucher(
        ledger,
        'BankJournal',
        p.body,
        (p.result as { lines: Parameters<typeof postVoucher>[3] }).lines,
        '',
        at,
      ),
    );
    return reply.code(201).send({ Vouchers: vouchers.map((v) => voucherDto(v)) });
  });
}
