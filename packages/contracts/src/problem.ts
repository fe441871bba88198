import { z } from 'zod';

/** RFC 9457 problem details, as every BFF error is sent. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
  /** Who said it: PowerOffice GO refused (its own words in `powerOfficeDetail`) or our own rules. */
  source: z.enum(['poweroffice', 'quickorder']).optional(),
  /** PowerOffice GO's own text, untranslated, for the user's "Detaljer" and for support. */
  powerOfficeDetail: z.string().optional(),
  /** Values the translated message names, e.g. the slot a client key belongs to. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
