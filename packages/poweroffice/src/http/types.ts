export interface Credentials {
  applicationKey: string;
  clientKey: string;
}

/**
 * How a request may be repeated:
 * - `read`: safe to repeat on 429, 5xx, network errors and timeouts;
 * - `write-with-reference`: carries an ExternalImportReference; after an answer that may have been
 *   lost, it is repeated only when `findExisting`, asked once the settle window has passed, finds
 *   nothing;
 * - `write`: no duplicate guard on PowerOffice's side, so only a 429 (refused before processing)
 *   is repeated.
 */
export type RetryPolicy = 'read' | 'write-with-reference' | 'write';

export interface PoRequest {
  /** Short name for logs and errors, e.g. "postManualVoucher". */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  /** JSON text, or a multipart form (a file upload; fetch writes its Content-Type). */
  body?: string | FormData;
  /** 'bytes': a 2xx answer is returned as raw bytes (a file download), not parsed. */
  responseType?: 'json' | 'bytes';
  retry: RetryPolicy;
  /** Adds a bearer token for these keys; absent on the token request itself. */
  credentials?: Credentials;
  /** For `write-with-reference`: the object already created by an earlier attempt, if any. */
  findExisting?: () => Promise<unknown>;
  /** Used only in logs. */
  externalImportReference?: string;
}

export interface PoResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, the raw text when it is not JSON, undefined when empty; a Uint8Array for 'bytes'. */
  body: unknown;
  /** Set when the retry layer found the object by its reference instead of re-sending. */
  foundByReference?: boolean;
  /** Set on a failed write's answer once a lookup after the settle window found nothing. */
  settledNotMade?: boolean;
}

export type Handler = (request: PoRequest) => Promise<PoResponse>;
export type Middleware = (next: Handler) => Handler;

/** Thrown by the transport when no HTTP answer arrived; the request may or may not have been processed. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  constructor(
    readonly reason: 'network' | 'timeout',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Set on a write once a lookup after the settle window found nothing: it was not made. */
  settledNotMade = false;
}

export function compose(handler: Handler, ...middlewares: Middleware[]): Handler {
  // The first middleware listed is the outermost.
  return middlewares.reduceRight((next, middleware) => middleware(next), handler);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
