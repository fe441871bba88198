import { z } from 'zod';
import { businessDayInputSchema, businessDaySchema } from './export';
import { failureSchema } from './failure';
import { setupStepNameSchema } from './mappings';

/*
 * Oversikt: what needs a person now ("Trenger oppmerksomhet"), every department's business days of
 * a month at a glance, and its daily sales. Every problem is read from the state the export,
 * invoicing, the connections and the setup checklist keep; none of it is stored a second time.
 */

/** What kind of problem; the web and the alerts explain each in the user's language. */
export const attentionKindSchema = z.enum([
  /** PowerOffice GO refused the day's voucher, or could not be reached (see `failure`). */
  'day_failed',
  /** Our own rules stopped the day (a missing account or VAT code): `failure.detail` says which. */
  'day_blocked',
  /** Sales of a transferred day arrived after the transfer: a correction voucher is due. */
  'day_changed',
  /** A credit order did not become a sales order in PowerOffice GO (see `failure`). */
  'sales_order_failed',
  /** Credit orders of a customer who is not linked to a PowerOffice customer wait (`count`). */
  'sales_orders_not_linked',
  /** PowerOffice GO refused the department's client key. */
  'connection_failed',
  /** The client does not grant privileges a feature in use needs (`privileges`). */
  'privileges_missing',
  /** Automatic export is on, but ended business days wait without a voucher (`count`, `reason`). */
  'auto_export_stopped',
  /** Automatic invoicing is on, but credit orders are not being sent (`reason`). */
  'auto_invoice_stopped',
  /** A step of the setup checklist is not done (`step`). */
  'setup_step_missing',
  /**
   * A clearing account (card, Vipps …) keeps a balance: business days past their due date whose
   * settlement is missing, short or too large, from the department's last Avstemming read
   * (`count` days, the oldest in `businessDay`, `amount` open, `reason` the account; docs/reconciliation.md).
   */
  'clearing_not_emptied',
]);
export type AttentionKind = z.infer<typeof attentionKindSchema>;

/** The mapping page (and row) a "Rett opp" leads to; the rounding account is a row of Momskoder. */
export const mappingPageSchema = z.enum(['product_types', 'vat_codes', 'payment_types', 'rounding_account']);
export type MappingPageName = z.infer<typeof mappingPageSchema>;

/**
 * What fixes a problem, as a typed target (the web maps it to a route or a call; an e-mail to a
 * link). `retry_day` transfers that one day again; `send_order_again` is the order's send-again.
 * A plain union: each member's `type` is a literal, so TypeScript narrows on it.
 */
export const attentionActionSchema = z.union([
  z.object({ type: z.literal('retry_day'), departmentId: z.string(), businessDay: businessDaySchema }),
  z.object({ type: z.literal('open_export_day'), departmentId: z.string(), businessDay: businessDaySchema }),
  z.object({
    type: z.literal('fix_mapping'),
    page: mappingPageSchema,
    ref: z.string().nullable(),
    /** The row's name as the page shows it ("Kontant", "25 %"), so each "Rett opp" says what it fixes. */
    name: z.string().nullable().optional(),
  }),
  z.object({ type: z.literal('open_integration'), departmentId: z.string() }),
  z.object({ type: z.literal('send_order_again'), orderId: z.string() }),
  z.object({ type: z.literal('open_order'), orderId: z.string() }),
  z.object({ type: z.literal('link_customer'), customerId: z.string() }),
  z.object({ type: z.literal('link_products') }),
  z.object({ type: z.literal('open_setup_step'), step: setupStepNameSchema }),
  z.object({
    type: z.literal('open_reconciliation'),
    departmentId: z.string(),
    from: businessDaySchema,
    to: businessDaySchema,
  }),
]);
export type AttentionAction = z.infer<typeof attentionActionSchema>;

export const attentionProblemSchema = z.object({
  /**
   * Stable while the problem lasts, e.g. `day_failed:<departmentId>:<yyyy-mm-dd>`: the same problem
   * read again has the same key, a solved one is gone from the list.
   */
  key: z.string(),
  kind: attentionKindSchema,
  severity: z.enum(['error', 'warning']),
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  businessDay: businessDaySchema.nullable(),
  /** The order (our id, and the POS's order number), for sales-order problems. */
  order: z.object({ id: z.string(), posId: z.string(), customerName: z.string().nullable() }).nullable(),
  customer: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** When it began, as far as the stored state tells (ISO 8601); null when unknown (setup steps). */
  since: z.string().nullable(),
  /** Why: a code the UI explains, who said it and their words (a failed day's PowerOffice text). */
  failure: failureSchema.nullable(),
  /** How many (waiting days, orders of a customer); null when one. */
  count: z.number().int().nullable(),
  /** `privileges_missing`: the privileges the client does not grant. */
  privileges: z.array(z.string()),
  /** `setup_step_missing`: the step. */
  step: setupStepNameSchema.nullable(),
  /**
   * `auto_export_stopped`, `auto_invoice_stopped`: why — `connection_failed`, `privileges_missing`,
   * `days_failed`, `days_blocked`, `not_running` (days wait without any attempt), `orders_overdue`.
   */
  reason: z.string().nullable(),
  /** What fixes it, the first one foremost. */
  actions: z.array(attentionActionSchema),
  /** Øre, where the problem is an amount: `clearing_not_emptied`, what is open. */
  amount: z.number().int().nullable().optional(),
});
export type AttentionProblem = z.infer<typeof attentionProblemSchema>;

export const attentionListSchema = z.object({
  problems: z.array(attentionProblemSchema),
  /** When the list was read (ISO 8601). */
  checkedAt: z.string(),
});
export type AttentionList = z.infer<typeof attentionListSchema>;

// --- The calendar and the chart ---------------------------------------------------------------

/**
 * A business day as Oversikt shows it. The export's states (`not_transferred` … `reversed`, see
 * `dayStatusSchema`), and `no_sales` for a day without orders or cash movements that holds no
 * voucher and no transfer result.
 */
export const calendarDayStateSchema = z.enum([
  'sent',
  'changed',
  'failed',
  'blocked',
  'not_transferred',
  'reversed',
  'no_sales',
]);
export type CalendarDayState = z.infer<typeof calendarDayStateSchema>;

export const calendarDaySchema = z.object({
  businessDay: businessDaySchema,
  state: calendarDayStateSchema,
  /** Σ line totals of the day's orders, øre incl. VAT. */
  gross: z.number().int(),
  /** Why a failed or blocked day is so. */
  failure: failureSchema.nullable(),
  voucherNo: z.number().int().nullable(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const calendarMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Bruk formatet ÅÅÅÅ-MM', abort: true })
  .refine((m) => m >= '2000-01' && m <= '2099-12', { error: 'Velg en måned mellom 2000-01 og 2099-12' });

export const calendarQuerySchema = z.object({ month: calendarMonthSchema });
export const overviewDepartmentParamsSchema = z.object({ id: z.string().min(1) });

export const departmentCalendarSchema = z.object({
  department: z.object({ id: z.string(), name: z.string() }),
  month: z.string(),
  /** Every business day of the month, in order. */
  days: z.array(calendarDaySchema),
});
export type DepartmentCalendar = z.infer<typeof departmentCalendarSchema>;

/** The chart: the last 30 or 90 business days up to and including `to` (default: yesterday). */
export const salesChartQuerySchema = z.object({
  days: z.enum(['30', '90']).transform(Number),
  to: businessDayInputSchema.optional(),
});

export const salesChartDaySchema = z.object({
  businessDay: businessDaySchema,
  /** Σ line totals, øre incl. VAT. */
  gross: z.number().int(),
  /**
   * What PowerOffice GO holds for the day: the gross of the sales lines of the sent voucher and
   * its sent corrections (revenue and gift cards sold), øre; 0 when nothing is sent.
   */
  transferred: z.number().int(),
});

export const departmentSalesChartSchema = z.object({
  department: z.object({ id: z.string(), name: z.string() }),
  from: businessDaySchema,
  to: businessDaySchema,
  days: z.array(salesChartDaySchema),
});
export type DepartmentSalesChart = z.infer<typeof departmentSalesChartSchema>;
