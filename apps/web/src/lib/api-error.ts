import type { FieldError, Problem } from '@qo/contracts';

/** A BFF answer that was not 2xx, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** From the Retry-After header (lockout, rate limit), rounded up to whole minutes. */
  readonly retryAfterMinutes: number | undefined;

  constructor(problem: Problem, options: { retryAfterSeconds?: number } = {}) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    const seconds = options.retryAfterSeconds;
    this.retryAfterMinutes = seconds && seconds > 0 ? Math.ceil(seconds / 60) : undefined;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** Field errors with paths normalised to form field names ("body.email", "/email" → "email"). */
  get fieldErrors(): FieldError[] {
    return (this.problem.errors ?? []).map((e) => ({ path: normalizeFieldPath(e.path), message: e.message }));
  }
}

/** The BFF could not be reached at all (offline, server down): not a problem document. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function normalizeFieldPath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replace(/\//g, '.');
}
