import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SimContext } from '../context.js';
import { FieldErrors, sendProblem } from '../http/problem.js';
import { noFaults } from '../state/store.js';
import { SIM_APPLICATION_KEYS, SIM_MAIN_APPLICATION_KEY, SIM_SUBSCRIPTION_KEY } from '../keys.js';
import { salesOrderCompleteDto } from '../routes/sales-orders.js';
import { voucherDto } from '../routes/vouchers.js';
import { settlementRoutes } from './settlements.js';

const faultsSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(120_000),
    errorRate: z.number().min(0).max(1),
    nextFailures: z.object({
      count: z.number().int().min(0),
      status: z.union([z.literal(500), z.literal(503), z.literal('timeout')]),
    }),
    dropResponseAfterWrite: z.number().int().min(0),
    includeToken: z.boolean(),
    timeoutMs: z.number().int().min(0).max(600_000),
    commitAfterClientGaveUp: z
      .object({ count: z.number().int().min(0), holdMs: z.number().int().min(0).max(600_000) })
      .strict(),
    /** Answer every call 429 for this long from now (a storm); stored as `rateLimitedUntil`. */
    rateLimitedForMs: z.number().int().min(0).max(600_000),
    dropDocumentationResponse: z.number().int().min(0),
    documentationFailures: z.number().int().min(0),
    reversalDelayMs: z.number().int().min(0).max(600_000),
    interimVoucherNo: z.boolean(),
    reversalNumberPending: z.boolean(),
    datesWithTime: z.boolean(),
  })
  .partial()
  .strict();

const privilegesSchema = z.object({ Privileges: z.array(z.string().min(1)) }).strict();

const lockDateSchema = z.object({ LockDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict();

/** The admin API for development and tests; outside /v2, no keys, not rate limited. */
export function adminRoutes(app: FastifyInstance, ctx: SimContext): void {
  app.get('/_sim/clients', async () => ({
    SubscriptionKey: SIM_SUBSCRIPTION_KEY,
    MainApplicationKey: SIM_MAIN_APPLICATION_KEY,
    ApplicationKeys: SIM_APPLICATION_KEYS,
    Clients: ctx.store.describeClients(),
  }));

  settlementRoutes(app, ctx);

  app.get('/_sim/faults', async () => ctx.store.faults);

  /** Merges the given settings into the current ones; `{}` leaves them as they are. */
  app.post('/_sim/faults', async (request, reply) => {
    const parsed = faultsSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const errors = new FieldErrors();
      for (const issue of parsed.error.issues) errors.add(issue.path.join('.') || '(body)', issue.message);
      return sendProblem(reply, errors.toProblem('Invalid fault settings'));
    }
    const faults = ctx.store.faults;
    const { rateLimitedForMs, ...settings } = parsed.data;
    Object.assign(faults, { ...settings, nextFailures: settings.nextFailures ?? faults.nextFailures });
    if (rateLimitedForMs !== undefined) faults.rateLimitedUntil = Date.now() + rateLimitedForMs;
    return faults;
  });

  app.delete('/_sim/faults', async () => {
    ctx.store.faults = {
      ...noFaults(),
      includeToken: ctx.store.faults.includeToken,
      timeoutMs: ctx.store.faults.timeoutMs,
    };
    return ctx.store.faults;
  });

  /** Every request the gateway received, 429s included, with its arrival instant: to count them per second. */
  app.get('/_sim/requests', async () => ({ Requests: ctx.store.requests }));

  app.post('/_sim/reset', async (_request, reply) => {
    ctx.store.reset();
    return reply.code(204).send();
  });

  /** Committed vouchers (reversals included) and sales orders in PowerOffice's shapes, plus every write received. */
  app.get('/_sim/posted', async () => ({
    Vouchers: [...ctx.store.ledgers.values()].flatMap((l) =>
      l.vouchers.map((v) => ({
        ClientId: l.id,
        ClientName: l.name,
        VoucherType: v.voucherType,
        ApplicationKey: v.createdByApplicationKey,
        ReversalOfVoucherId: v.reversalOfVoucherId,
        ...voucherDto(v),
      })),
    ),
    SalesOrders: [...ctx.store.ledgers.values()].flatMap((l) =>
      l.salesOrders.map((o) => ({
        ClientId: l.id,
        ClientName: l.name,
        ApplicationKey: o.createdByApplicationKey,
        ...salesOrderCompleteDto(o, o.createdByApplicationKey),
      })),
    ),
    Documents: [...ctx.store.documents.values()].map((d) => ({
      ClientId: d.clientId,
      VoucherId: d.voucherId,
      FileName: d.fileName,
      ContentType: d.contentType,
      Size: d.bytes.length,
      Uploads: d.uploads,
      ApplicationKey: d.applicationKey,
      UploadedAt: d.uploadedAt,
    })),
    Requests: ctx.store.received.map((r) => ({
      Kind: r.kind,
      ClientId: r.clientId,
      At: r.at,
      Id: r.id,
      Status: r.status,
      Body: r.body,
    })),
  }));

  /** Which privileges the integration holds on one client, e.g. only ManualVoucher_Full and no CashVoucher_Full. */
  app.put<{ Params: { id: string } }>('/_sim/clients/:id/privileges', async (request, reply) => {
    const ledger = ctx.store.ledgers.get(request.params.id);
    if (!ledger) return reply.code(404).send({ Title: 'Object(s) not found', Status: 404 });
    const parsed = privilegesSchema.safeParse(request.body);
    if (!parsed.success)
      return reply.code(400).send({ Title: 'Body must be {"Privileges":["…"]}', Status: 400 });
    ledger.privileges = parsed.data.Privileges;
    return { ClientId: ledger.id, Privileges: ledger.privileges };
  });

  app.post<{ Params: { id: string } }>('/_sim/clients/:id/lock-date', async (request, reply) => {
    const ledger = ctx.store.ledgers.get(request.params.id);
    if (!ledger) return reply.code(404).send({ Title: 'Object(s) not found', Status: 404 });
    const parsed = lockDateSchema.safeParse(request.body);
    if (!parsed.success)
      return reply.code(400).send({ Title: 'Body must be {"LockDate":"YYYY-MM-DD"}', Status: 400 });
    ledger.lockDate = parsed.data.LockDate;
    return { ClientId: ledger.id, LockDate: ledger.lockDate };
  });
}
