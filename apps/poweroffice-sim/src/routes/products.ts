import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SimContext } from '../context.js';
import { authOf } from '../http/auth.js';
import { sendWriteResult } from '../http/gateway.js';
import { FieldErrors, problem, sendProblem } from '../http/problem.js';
import type { Account, ClientLedger, Product } from '../state/types.js';
import { productDto } from './master-data.js';

/** ProductPostDto: only Name is required; unknown members are ignored, as ASP.NET does. */
const productPostSchema = z.looseObject({
  Name: z.string().trim().min(1, 'The Name field is required.').max(400),
  Code: z.string().trim().min(1).max(100).nullish(),
  Description: z.string().nullish(),
  UnitPrice: z.number().nullish(),
  ProductType: z.enum(['Product', 'Service']).nullish(),
  StandardSalesAccountId: z.int().nullish(),
  StandardSalesAccount: z.int().nullish(),
  OptionalSalesAccountId: z.int().nullish(),
  OptionalSalesAccount: z.int().nullish(),
  IsArchived: z.boolean().nullish(),
});

/** A product with no standard sales account is booked on the client's ordinary sales account. */
const DEFAULT_SALES_ACCOUNT_NO = 3000;

/**
 * A sales account given by Id or by number (Id wins, as for customers on sales orders): it must
 * exist, be active and be a revenue account.
 */
function salesAccount(
  ledger: ClientLedger,
  errors: FieldErrors,
  field: string,
  id: number | null | undefined,
  no: number | null | undefined,
): Account | null | undefined {
  if (id == null && no == null) return null;
  const path = id != null ? `${field}Id` : field;
  const account =
    id != null ? ledger.accounts.find((a) => a.id === id) : ledger.accounts.find((a) => a.accountNo === no);
  if (!account) errors.add(path, `Account ${id ?? no} does not exist.`);
  else if (!account.isActive) errors.add(path, `Account ${account.accountNo} is inactive.`);
  else if (account.type !== 'Income')
    errors.add(path, `Account ${account.accountNo} is not a sales account.`);
  else return account;
  return undefined;
}

/** POST /Products: creates a product (ProductPostDto has no ExternalImportReference). */
export function productRoutes(app: FastifyInstance, ctx: SimContext): void {
  app.post('/Products', { config: { privilege: 'Product_Full' } }, async (request, reply) => {
    const { ledger } = authOf(request);
    const at = ctx.now().toISOString();
    const record = (status: number, id: string | null) =>
      ctx.store.received.push({ kind: 'product', clientId: ledger.id, at, id, status, body: request.body });
    const errors = new FieldErrors();
    const parsed = productPostSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.add(issue.path.join('.') || '(body)', issue.message);
      record(400, null);
      return sendProblem(reply, errors.toProblem('Product validation error(s)'));
    }
    const body = parsed.data;

    // The code is the product's key in PowerOffice GO (sales-order lines name it): one product per code.
    const code = body.Code ?? null;
    const holder =
      code === null ? undefined : ledger.products.find((p) => p.code.toLowerCase() === code.toLowerCase());
    if (holder) {
      record(400, null);
      return sendProblem(
        reply,
        problem(
          400,
          'Object conflict',
          `A product with Code '${holder.code}' already exists (Id ${holder.id}). Product code must be unique.`,
          {
            Code: [`Product code '${holder.code}' is already in use.`],
          },
        ),
      );
    }
    const standard = salesAccount(
      ledger,
      errors,
      'StandardSalesAccount',
      body.StandardSalesAccountId,
      body.StandardSalesAccount,
    );
    const optional = salesAccount(
      ledger,
      errors,
      'OptionalSalesAccount',
      body.OptionalSalesAccountId,
      body.OptionalSalesAccount,
    );
    const priceOre = body.UnitPrice == null ? 0 : Math.round(body.UnitPrice * 100);
    if (body.UnitPrice != null && (Math.abs(body.UnitPrice * 100 - priceOre) > 1e-6 || priceOre < 0)) {
      errors.add('UnitPrice', 'UnitPrice must be a non-negative amount in whole øre.');
    }
    if (!errors.isEmpty) {
      record(400, null);
      return sendProblem(reply, errors.toProblem('Product validation error(s)'));
    }
    const fallback = ledger.accounts.find((a) => a.accountNo === DEFAULT_SALES_ACCOUNT_NO)!;
    const product: Product = {
      id: nextProductId(ledger),
      code: code ?? '',
      name: body.Name,
      unitPriceOre: priceOre,
      standardAccountId: (standard ?? fallback).id,
      optionalAccountId: optional?.id ?? null,
      type: body.ProductType ?? 'Product',
      isArchived: body.IsArchived ?? false,
      created: at,
    };
    ledger.products.push(product);
    record(200, String(product.id));
    return sendWriteResult(ctx, request, reply, 200, productDto(ledger, product));
  });
}

/** Ids stay in the client's range (seeded products are base + 800 …). */
function nextProductId(ledger: ClientLedger): number {
  return Math.max(...ledger.products.map((p) => p.id)) + 1;
}
