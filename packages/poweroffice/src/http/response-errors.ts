import { PowerOfficeError, type PowerOfficeFieldError } from '../errors.js';
import { retryAfterMs } from './retry.js';
import type { TransportFailure, PoRequest, PoResponse } from './types.js';

/** Reads a member of an error body whatever its casing (PowerOffice's spec examples are lower case). */
function member(body: unknown, name: string): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(body)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** PowerOffice's own words: title and detail of a ProblemDetails, an APIM message or a bare text body. */
export function powerOfficeText(body: unknown): string | undefined {
  if (typeof body === 'string') return text(body);
  const title = text(member(body, 'title'));
  const detail = text(member(body, 'detail'));
  const parts = [title, detail].filter((p): p is string => p !== undefined);
  if (parts.length) return parts.join(': ');
  return (
    text(member(body, 'error_description')) ?? text(member(body, 'message')) ?? text(member(body, 'error'))
  );
}

/** `errors` as ASP.NET sends it ({field: [messages]}) or as a list of {path|field, message}. */
export function fieldErrorsOf(body: unknown): PowerOfficeFieldError[] {
  const errors = member(body, 'errors');
  if (Array.isArray(errors)) {
    return errors.flatMap((e) => {
      const path =
        text(member(e, 'path')) ?? text(member(e, 'field')) ?? text(member(e, 'propertyName')) ?? '';
      const message =
        text(member(e, 'message')) ??
        text(member(e, 'errorMessage')) ??
        (typeof e === 'string' ? e : undefined);
      return message ? [{ path, message }] : [];
    });
  }
  if (typeof errors === 'object' && errors !== null) {
    return Object.entries(errors).flatMap(([path, messages]) =>
      (Array.isArray(messages) ? messages : [messages])
        .filter((m): m is string => typeof m === 'string')
        .map((message) => ({ path, message })),
    );
  }
  return [];
}

// The v2 answer to a reused ExternalImportReference is undocumented; these are the words any
// such answer is expected to contain (the v1 API called it ApiUniqueConstraint).
const duplicateWords = /duplicate|already (exists|been used|in use|used|posted|registered)|unique/i;

export function isDuplicateAnswer(
  request: Pick<PoRequest, 'externalImportReference' | 'method'>,
  response: PoResponse,
): boolean {
  if (!request.externalImportReference || request.method !== 'POST') return false;
  if (response.status !== 400 && response.status !== 409 && response.status !== 422) return false;
  const words = [
    powerOfficeText(response.body),
    ...fieldErrorsOf(response.body).flatMap((e) => [e.path, e.message]),
  ].join(' ');
  return response.status === 409 || duplicateWords.test(words);
}

/** Turns a non-2xx answer into the error the UI explains. 403 is refined later with the privilege lists. */
export function errorFromResponse(request: PoRequest, response: PoResponse): PowerOfficeError {
  const detail = powerOfficeText(response.body);
  const base = {
    operation: request.operation,
    status: response.status,
    detail,
    externalImportReference: request.externalImportReference,
  };
  const said = detail ? ` PowerOffice said: ${detail}` : '';
  const status = response.status;

  if (isDuplicateAnswer(request, response)) {
    return new PowerOfficeError({
      ...base,
      kind: 'duplicate',
      message: `PowerOffice already has an object with reference ${request.externalImportReference}.${said}`,
    });
  }
  if (status === 400 || status === 409 || status === 422) {
    return new PowerOfficeError({
      ...base,
      kind: 'validation',
      fieldErrors: fieldErrorsOf(response.body),
      message: `PowerOffice rejected the ${request.operation} request.${said}`,
    });
  }
  if (status === 401) {
    return new PowerOfficeError({
      ...base,
      kind: 'invalid_keys',
      message: `PowerOffice did not accept the keys.${said}`,
    });
  }
  if (status === 403) {
    return new PowerOfficeError({
      ...base,
      kind: 'missing_privilege',
      message: `The integration is not allowed to ${request.operation} on this client.${said}`,
    });
  }
  if (status === 404) {
    return new PowerOfficeError({
      ...base,
      kind: 'not_found',
      message: `PowerOffice found nothing for ${request.operation}.${said}`,
    });
  }
  if (status === 429) {
    const retryAfterSeconds = Math.ceil(retryAfterMs(response) / 1000);
    return new PowerOfficeError({
      ...base,
      kind: 'rate_limited',
      retryAfterSeconds,
      message: `PowerOffice is throttling this subscription key; try again in ${retryAfterSeconds} s.`,
    });
  }
  if (status >= 500) {
    const outcomeUnknown = request.retry !== 'read' && response.settledNotMade !== true;
    return new PowerOfficeError({
      ...base,
      kind: 'unavailable',
      outcomeUnknown,
      message: `PowerOffice is unavailable (HTTP ${status}).${said}`,
    });
  }
  return new PowerOfficeError({
    ...base,
    kind: 'unexpected_response',
    message: `PowerOffice answered HTTP ${status} to ${request.operation}.${said}`,
  });
}

export function errorFromTransport(request: PoRequest, failure: TransportFailure): PowerOfficeError {
  const outcomeUnknown = request.retry !== 'read' && !failure.settledNotMade;
  const unsure = outcomeUnknown ? ' It is not known whether PowerOffice processed it.' : '';
  return new PowerOfficeError({
    kind: 'unavailable',
    outcomeUnknown,
    operation: request.operation,
    detail: failure.message,
    externalImportReference: request.externalImportReference,
    cause: failure,
    message: `${failure.message}.${unsure}`.replace('..', '.'),
  });
}
