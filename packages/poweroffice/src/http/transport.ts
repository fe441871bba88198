import { TransportFailure, type Handler } from './types.js';

/** The innermost handler: one HTTP exchange with a timeout; no retries, no interpretation. */
export function createTransport(options: {
  fetch: typeof fetch;
  timeoutMs: number;
  subscriptionKey: string;
}): Handler {
  return async (request) => {
    const headers = { ...request.headers, 'Ocp-Apim-Subscription-Key': options.subscriptionKey };
    let response: Response;
    let text: string;
    let bytes: Uint8Array | undefined;
    try {
      response = await options.fetch(request.url, {
        method: request.method,
        headers,
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (
        request.responseType === 'bytes' &&
        response.status >= 200 &&
        response.status < 300 &&
        response.status !== 204
      ) {
        bytes = new Uint8Array(await response.arrayBuffer());
        text = '';
      } else text = await response.text();
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new TransportFailure('timeout', `No answer from PowerOffice within ${options.timeoutMs} ms`, {
          cause: error,
        });
      }
      throw new TransportFailure('network', `Could not reach PowerOffice: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return { status: response.status, headers: response.headers, body: bytes ?? parseBody(text) };
  };
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
