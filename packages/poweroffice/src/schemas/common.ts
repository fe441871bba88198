import { z } from 'zod';

// Response schemas are loose objects: PowerOffice adds fields over time and an extra field must
// never break a posting. Request schemas are strict so a misspelt field fails before it is sent.

/** `format: date` in the OpenAPI description (YYYY-MM-DD), as requests send it. */
export const dateSchema = z.iso.date();
/**
 * `format: date` in an answer. PowerOffice's .NET side may write a date as a DateTime
 * (`2026-03-13T00:00:00`); it is read as the date written, YYYY-MM-DD, whatever follows it.
 */
export const responseDateSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/,
    'must be a date (YYYY-MM-DD, optionally with a time part)',
  )
  .transform((value) => value.slice(0, 10))
  .pipe(z.iso.date());
/** `format: date-time`; PowerOffice sends offsets, so any ISO-like string is accepted. */
export const dateTimeSchema = z.string();
/** `format: uuid`. Kept as a plain string: the simulator and PowerOffice both send canonical GUIDs. */
export const uuidSchema = z.string().min(1);

/** ProblemDetails as PowerOffice sends it; the spec examples are lower case, so both casings are read. */
export const problemDetailsSchema = z.looseObject({
  Type: z.string().nullish(),
  Title: z.string().nullish(),
  Status: z.int().nullish(),
  Detail: z.string().nullish(),
  Instance: z.string().nullish(),
});
export type ProblemDetails = z.infer<typeof problemDetailsSchema>;

/** Token endpoint success body (TokenResponseDto of the authentication spec). */
export const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().nullish(),
  expires_in: z.int(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;
