import { z } from 'zod';
import { fieldErrorSchema } from './problem';

/**
 * POS ingest (docs/pos-ingest.md). The envelope is checked as a whole (400 when it is
 * wrong, nothing stored); each order and cash movement is then checked on its own, so one bad
 * order never costs the good ones.
 */

/** Bounds keep every product and sum a safe integer; they are far beyond any real receipt. */
export const POS_MAX_AMOUNT = 10_000_000_000; // 100 million kr in øre
export const POS_MAX_QUANTITY = 100_000;
export const POS_MAX_LINES = 500;
export const POS_MAX_PAYMENTS = 50;
export const POS_MAX_ORDERS_PER_REQUEST = 1000;
export const POS_MAX_CASH_MOVEMENTS_PER_REQUEST = 1000;
export const POS_VAT_RATES = [25, 15, 12, 0] as const;
export type PosVatRate = (typeof POS_VAT_RATES)[number];

/** A POS-assigned id: unique per department, printable, short. */
export const posIdSchema = z
  .string({ error: 'Oppgi id som tekst' })
  .trim()
  .min(1, { error: 'Oppgi id' })
  .max(64, { error: 'Id kan ha høyst 64 tegn' });

/** An instant with an explicit offset, e.g. 2026-03-14T01:41:07+01:00 (a bare local time is ambiguous). */
export const posInstantSchema = z.iso.datetime({
  offset: true,
  error: 'Oppgi tidspunkt som ISO 8601 med tidssone, f.eks. 2026-03-14T01:41:07+01:00',
});

/** Øre as an integer, within bounds. `what` names the field in the message. */
function oreSchema(what: string) {
  return z
    .number({ error: `${what} må være et heltall i øre` })
    .int({ error: `${what} må være et heltall i øre` })
    .min(-POS_MAX_AMOUNT, { error: `${what} er utenfor gyldig område` })
    .max(POS_MAX_AMOUNT, { error: `${what} er utenfor gyldig område` });
}

const referenceIdSchema = (what: string) =>
  z
    .string({ error: `Oppgi ${what}` })
    .min(1, { error: `Oppgi ${what}` })
    .max(64, { error: `Ukjent ${what}` });

export const posVatRateSchema = z.union(
  POS_VAT_RATES.map((rate) => z.literal(rate)),
  { error: 'Momssats må være 25, 15, 12 eller 0' },
);

export const posOrderLineSchema = z.object({
  productTypeId: referenceIdSchema('produkttype'),
  description: z
    .string({ error: 'Oppgi beskrivelse som tekst' })
    .max(200, { error: 'Beskrivelsen kan ha høyst 200 tegn' })
    .default(''),
  quantity: z
    .number({ error: 'Antall må være et heltall' })
    .int({ error: 'Antall må være et heltall' })
    .min(-POS_MAX_QUANTITY, { error: 'Antall er utenfor gyldig område' })
    .max(POS_MAX_QUANTITY, { error: 'Antall er utenfor gyldig område' }),
  unitPrice: oreSchema('Enhetspris'),
  discount: oreSchema('Rabatt').default(0),
  vatRate: posVatRateSchema,
});
export type PosOrderLine = z.infer<typeof posOrderLineSchema>;

export const posPaymentSchema = z.object({
  paymentTypeId: referenceIdSchema('betalingstype'),
  amount: oreSchema('Beløp'),
  tip: oreSchema('Tips').min(0, { error: 'Tips kan ikke være negativt' }).default(0),
});
export type PosPayment = z.infer<typeof posPaymentSchema>;

export const posOrderTypeSchema = z.enum(['dine_in', 'takeaway'], {
  error: 'Ordretype må være dine_in eller takeaway',
});
export type PosOrderType = z.infer<typeof posOrderTypeSchema>;

export const posOrderSchema = z.object({
  id: posIdSchema,
  closedAt: posInstantSchema,
  orderType: posOrderTypeSchema,
  customerId: posIdSchema.nullable().default(null),
  lines: z
    .array(posOrderLineSchema, { error: 'Oppgi ordrelinjer som liste' })
    .min(1, { error: 'En ordre må ha minst én linje' })
    .max(POS_MAX_LINES, { error: `En ordre kan ha høyst ${POS_MAX_LINES} linjer` }),
  payments: z
    .array(posPaymentSchema, { error: 'Oppgi betalinger som liste' })
    .max(POS_MAX_PAYMENTS, { error: `En ordre kan ha høyst ${POS_MAX_PAYMENTS} betalinger` }),
});
export type PosOrder = z.infer<typeof posOrderSchema>;
export type PosOrderInput = z.input<typeof posOrderSchema>;

export const cashMovementKindSchema = z.enum(['float', 'deposit', 'withdrawal'], {
  error: 'Type må være float, deposit eller withdrawal',
});
export type CashMovementKind = z.infer<typeof cashMovementKindSchema>;

export const posCashMovementSchema = z.object({
  id: posIdSchema,
  at: posInstantSchema,
  kind: cashMovementKindSchema,
  amount: oreSchema('Beløp'),
  note: z
    .string({ error: 'Oppgi notat som tekst' })
    .max(500, { error: 'Notatet kan ha høyst 500 tegn' })
    .default(''),
});
export type PosCashMovement = z.infer<typeof posCashMovementSchema>;
export type PosCashMovementInput = z.input<typeof posCashMovementSchema>;

/**
 * The envelope: only what is needed to answer per item (an object with an id). Everything else of
 * an order is checked by `posOrderSchema` one order at a time.
 */
const itemWithIdSchema = z.looseObject(
  { id: posIdSchema },
  { error: 'Hvert element må være et objekt med id' },
);

const ENVELOPE_KEYS = ['orders', 'cashMovements'] as const;

/**
 * Strict: a key other than `orders` and `cashMovements` is a 400 naming it (a typo such as
 * `ordres` must not answer "0 accepted" and lose the orders), and one of the two must be given.
 */
export const posOrdersBodySchema = z
  .looseObject(
    {
      orders: z
        .array(itemWithIdSchema, { error: 'Oppgi orders som liste' })
        .max(POS_MAX_ORDERS_PER_REQUEST, {
          error: `Høyst ${POS_MAX_ORDERS_PER_REQUEST} ordrer per forespørsel`,
        })
        .optional(),
      cashMovements: z
        .array(itemWithIdSchema, { error: 'Oppgi cashMovements som liste' })
        .max(POS_MAX_CASH_MOVEMENTS_PER_REQUEST, {
          error: `Høyst ${POS_MAX_CASH_MOVEMENTS_PER_REQUEST} kontantbevegelser per forespørsel`,
        })
        .optional(),
    },
    { error: 'Forventet et JSON-objekt med orders og/eller cashMovements' },
  )
  .check((ctx) => {
    for (const key of Object.keys(ctx.value)) {
      if ((ENVELOPE_KEYS as readonly string[]).includes(key)) continue;
      ctx.issues.push({
        code: 'custom',
        input: key,
        path: [key],
        message: `Ukjent felt «${key}»: bare orders og cashMovements er tillatt; rett navnet og send på nytt`,
      });
    }
    if (ctx.value.orders === undefined && ctx.value.cashMovements === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['orders'],
        message:
          'Oppgi orders (en liste med ordrer), eller cashMovements når du bare sender kontantbevegelser',
      });
    }
  })
  .transform(({ orders, cashMovements }) => ({ orders: orders ?? [], cashMovements: cashMovements ?? [] }));
export type PosOrdersBody = z.output<typeof posOrdersBodySchema>;
export type PosOrdersBodyInput = z.input<typeof posOrdersBodySchema>;

export const posRejectionSchema = z.object({ id: z.string(), errors: z.array(fieldErrorSchema) });
export type PosRejection = z.infer<typeof posRejectionSchema>;

export const posIngestResponseSchema = z.object({
  /** Orders stored by this request. */
  accepted: z.number().int(),
  /** Orders already stored with the same content: nothing changed. */
  duplicates: z.number().int(),
  rejected: z.array(posRejectionSchema),
  /** The same counts for cash movements. */
  cashMovements: z.object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.array(posRejectionSchema),
  }),
});
export type PosIngestResponse = z.infer<typeof posIngestResponseSchema>;

export const posCustomerParamsSchema = z.object({ id: posIdSchema });

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `Oppgi ${what} som tekst` })
    .trim()
    .max(max, { error: `${what} kan ha høyst ${max} tegn` })
    .nullish()
    .transform((v) => (v ? v : null));

export const posCustomerBodySchema = z.object({
  name: z
    .string({ error: 'Oppgi navn' })
    .trim()
    .min(1, { error: 'Oppgi navn' })
    .max(200, { error: 'Navnet kan ha høyst 200 tegn' }),
  orgNo: z
    .string({ error: 'Oppgi organisasjonsnummer som tekst' })
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().regex(/^(\d{9})?$/, { error: 'Organisasjonsnummer må ha 9 siffer' }))
    .nullish()
    .transform((v) => (v ? v : null)),
  email: optionalText(254, 'e-post'),
  phone: optionalText(40, 'telefon'),
});
export type PosCustomerBody = z.infer<typeof posCustomerBodySchema>;

export const posCustomerResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  orgNo: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  created: z.boolean(),
});
export type PosCustomerResponse = z.infer<typeof posCustomerResponseSchema>;

/** Device tokens (owner, per department). The secret is only in the create response. */
export const posTokenSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type PosToken = z.infer<typeof posTokenSchema>;

export const createPosTokenBodySchema = z
  .object({ label: z.string().trim().max(100, { error: 'Navnet kan ha høyst 100 tegn' }).default('') })
  .default({ label: '' });
export type CreatePosTokenBody = z.infer<typeof createPosTokenBodySchema>;

export const createPosTokenResponseSchema = posTokenSchema.extend({ token: z.string() });
export type CreatePosTokenResponse = z.infer<typeof createPosTokenResponseSchema>;

export const posTokenParamsSchema = z.object({ id: z.string().min(1), tokenId: z.string().min(1) });
