import type { TokenCache } from './token-cache.js';
import type { Middleware, PoRequest } from './types.js';

/** Adds the bearer token; a 401 means the token died early, so it is renewed once and re-sent. */
export function bearerAuth(tokens: TokenCache): Middleware {
  return (next) => async (request) => {
    const credentials = request.credentials;
    if (!credentials) return next(request);
    const token = await tokens.get(credentials);
    const response = await next(withToken(request, token));
    if (response.status !== 401) return response;
    // A 401 is decided before the request is processed, so re-sending a write here is safe.
    tokens.invalidate(credentials, token);
    return next(withToken(request, await tokens.get(credentials)));
  };
}

function withToken(request: PoRequest, token: string): PoRequest {
  return { ...request, headers: { ...request.headers, Authorization: `Bearer ${token}` } };
}
