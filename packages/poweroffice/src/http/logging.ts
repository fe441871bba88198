import type { PowerOfficeLogger } from '../config.js';
import { TransportFailure, type Middleware } from './types.js';

/** Shows enough of a secret to tell two keys apart in a log, never enough to use it. */
export function maskSecret(secret: string | undefined): string | undefined {
  if (!secret) return secret;
  return secret.length <= 8 ? '***' : `***${secret.slice(-4)}`;
}

/**
 * One log line per HTTP exchange. Only chosen fields are logged: never headers (token, Basic
 * credentials, subscription key) and never bodies (they can hold customer data).
 */
export function logging(logger: PowerOfficeLogger | undefined): Middleware {
  return (next) => async (request) => {
    if (!logger) return next(request);
    const started = Date.now();
    const url = new URL(request.url);
    const fields = {
      operation: request.operation,
      method: request.method,
      path: url.pathname + url.search,
      applicationKey: maskSecret(request.credentials?.applicationKey),
      clientKey: maskSecret(request.credentials?.clientKey),
      externalImportReference: request.externalImportReference,
    };
    try {
      const response = await next(request);
      const entry = { ...fields, status: response.status, durationMs: Date.now() - started };
      if (response.status >= 500 || response.status === 429)
        logger.warn(entry, 'PowerOffice answered with an error');
      else (logger.debug ?? logger.info).call(logger, entry, 'PowerOffice request');
      return response;
    } catch (error) {
      const reason = error instanceof TransportFailure ? error.reason : 'error';
      logger.warn(
        { ...fields, reason, durationMs: Date.now() - started },
        'PowerOffice request got no answer',
      );
      throw error;
    }
  };
}
