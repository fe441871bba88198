import type { z } from 'zod';
import { issuesToFieldErrors, type FieldErrors } from './mapping-drafts';

/** A row's rules from the contract's schema, so the table and the BFF agree on what is valid. */
export function validateWith<D>(schema: z.ZodType<unknown, D>): (id: string, draft: D) => FieldErrors {
  return (_id, draft) => {
    const result = schema.safeParse(draft);
    return result.success ? {} : issuesToFieldErrors(result.error.issues);
  };
}
