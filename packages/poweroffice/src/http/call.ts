import type { z } from 'zod';
import { PowerOfficeError } from '../errors.js';
import { errorFromResponse, errorFromTransport } from './response-errors.js';
import {
  TransportFailure,
  type Credentials,
  type Handler,
  type PoRequest,
  type RetryPolicy,
} from './types.js';

export type QueryValue = string | number | boolean | null | undefined;

export interface CallSpec<T> {
  operation: string;
  method: PoRequest['method'];
  /** Path below the API base, e.g. "/VatCodes". */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A multipart form instead of a JSON body (file uploads). */
  form?: FormData;
  /** 'bytes': the 2xx answer is a file, returned as a Uint8Array without a schema. */
  responseType?: 'json' | 'bytes';
  retry: RetryPolicy;
  /** The privilege PowerOffice checks, used to explain a 403. */
  privilege?: string;
  /** Validates a 2xx body; omitted for answers without a body. */
  schema?: z.ZodType<T>;
  externalImportReference?: string;
  findExisting?: () => Promise<T | undefined>;
}

export interface CallResult<T> {
  status: number;
  /** Undefined for 204 and for bodiless answers. */
  data: T | undefined;
  /** True when the object was found by its reference after a lost answer. */
  foundByReference: boolean;
}

export type Call = <T>(spec: CallSpec<T>) => Promise<CallResult<T>>;

/**
 * The one place where an operation becomes an HTTP request and an answer becomes data or a
 * PowerOfficeError. Everything cross-cutting lives in the handler's middleware.
 */
export function createCall(
  handler: Handler,
  apiUrl: string,
  credentials: Credentials,
  explainForbidden: (error: PowerOfficeError, privilege: string | undefined) => Promise<PowerOfficeError>,
): Call {
  return async <T>(spec: CallSpec<T>): Promise<CallResult<T>> => {
    const request: PoRequest = {
      operation: spec.operation,
      method: spec.method,
      url: buildUrl(apiUrl, spec.path, spec.query),
      headers: {
        Accept: spec.responseType === 'bytes' ? '*/*' : 'application/json',
        ...(spec.body === undefined || spec.form ? {} : { 'Content-Type': 'application/json' }),
      },
      body: spec.form ?? (spec.body === undefined ? undefined : JSON.stringify(spec.body)),
      ...(spec.responseType ? { responseType: spec.responseType } : {}),
      retry: spec.retry,
      credentials,
      findExisting: spec.findExisting,
      externalImportReference: spec.externalImportReference,
    };

    let response;
    try {
      response = await handler(request);
    } catch (error) {
      if (error instanceof TransportFailure) throw errorFromTransport(request, error);
      throw error;
    }

    if (response.status >= 300) {
      const error = errorFromResponse(request, response);
      throw error.kind === 'missing_privilege' ? await explainForbidden(error, spec.privilege) : error;
    }
    if (response.body === undefined || response.status === 204 || !spec.schema) {
      return {
        status: response.status,
        data: response.body as T | undefined,
        foundByReference: response.foundByReference === true,
      };
    }
    const parsed = spec.schema.safeParse(response.body);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new PowerOfficeError({
        kind: 'unexpected_response',
        operation: spec.operation,
        status: response.status,
        fieldErrors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        message: `PowerOffice's answer to ${spec.operation} did not have the documented shape (${issues.join('; ')}).`,
      });
    }
    return {
      status: response.status,
      data: parsed.data,
      foundByReference: response.foundByReference === true,
    };
  };
}

export function buildUrl(
  apiUrl: string,
  path: string,
  query: Record<string, QueryValue> | undefined,
): string {
  const url = new URL(apiUrl + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}
