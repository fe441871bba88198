import { PowerOfficeError } from '../errors.js';
import { tokenResponseSchema } from '../schemas/common.js';
import { errorFromResponse, errorFromTransport, powerOfficeText } from './response-errors.js';
import type { IssuedToken } from './token-cache.js';
import { TransportFailure, type Credentials, type Handler, type PoRequest } from './types.js';

/** OAuth 2.0 client credentials: Basic base64(applicationKey:clientKey), grant_type=client_credentials. */
export function createTokenRequester(
  handler: Handler,
  tokenUrl: string,
): (credentials: Credentials) => Promise<IssuedToken> {
  return async (credentials) => {
    const request: PoRequest = {
      operation: 'requestToken',
      method: 'POST',
      url: tokenUrl,
      headers: {
        Authorization: `Basic ${Buffer.from(`${credentials.applicationKey}:${credentials.clientKey}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
        Accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
      // Asking for a token twice is harmless, so it is retried like a read.
      retry: 'read',
    };
    let response;
    try {
      response = await handler(request);
    } catch (error) {
      if (error instanceof TransportFailure) throw errorFromTransport(request, error);
      throw error;
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      // 400 invalid_client etc. from the token endpoint; 401 from the gateway for a bad subscription key.
      const detail = powerOfficeText(response.body);
      throw new PowerOfficeError({
        kind: 'invalid_keys',
        operation: request.operation,
        status: response.status,
        detail,
        message: `PowerOffice refused the application key, client key or subscription key${detail ? `: ${detail}` : '.'}`,
      });
    }
    if (response.status !== 200) throw errorFromResponse(request, response);
    const parsed = tokenResponseSchema.safeParse(response.body);
    if (!parsed.success) {
      throw new PowerOfficeError({
        kind: 'unexpected_response',
        operation: request.operation,
        status: response.status,
        message: 'The token endpoint answered without a usable access_token.',
      });
    }
    return { accessToken: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
  };
}
