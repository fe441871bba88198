import type { z } from 'zod';
import { PowerOfficeError } from '../errors.js';

/** Checks a request body against its strict schema before anything is sent. */
export function parseRequest<T>(schema: z.ZodType<T>, value: unknown, operation: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  return fail(operation, fieldErrors);
}

function fail(operation: string, fieldErrors: Array<{ path: string; message: string }>): never {
  throw new PowerOfficeError({
    kind: 'validation',
    operation,
    fieldErrors,
    message: `The ${operation} request is not valid: ${fieldErrors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ')}`,
  });
}
