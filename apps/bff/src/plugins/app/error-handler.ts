import type { FieldError, Problem } from '@qo/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorStatus, errorTitle, type ErrorCode } from '../../lib/app-error';

/*
 * One error shape end to end: every failure leaves as RFC 9457 problem details. 5xx details are
 * masked (logged with the request id instead); 4xx details are written for the user.
 */

export function problemFor(code: ErrorCode, detail?: string, errors?: FieldError[]): Problem {
  return {
    type: `urn:quickorder:problem:${code}`,
    title: errorTitle[code],
    status: errorStatus[code],
    ...(detail ? { detail } : {}),
    code,
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

function toFieldPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
}

const statusCodes: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'business_rule',
  429: 'rate_limited',
};

function handleError(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.status >= 500) request.log.error({ err: error }, 'request failed');
    if (error.headers) reply.headers(error.headers);
    // PowerOffice's own words are not ours to mask: the user needs them behind "Detaljer".
    return sendProblem(reply, {
      ...problemFor(error.code, error.status >= 500 ? undefined : error.message, error.errors),
      ...(error.source ? { source: error.source } : {}),
      ...(error.powerOfficeDetail ? { powerOfficeDetail: error.powerOfficeDetail } : {}),
      ...(error.params ? { params: error.params } : {}),
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: toFieldPath(v.instancePath),
      message: v.message ?? 'Ugyldig',
    }));
    const where = error.validationContext === 'body' ? 'Skjemaet' : 'Forespørselen';
    return sendProblem(reply, problemFor('validation_failed', `${where} har ugyldige felt`, errors));
  }
  if (isResponseSerializationError(error as FastifyError)) {
    // Our own bug: a handler returned something its response schema does not allow.
    request.log.error({ err: error }, 'response did not match its schema');
    return sendProblem(reply, problemFor('internal'));
  }
  const status = (error as FastifyError).statusCode ?? 500;
  const code = statusCodes[status];
  if (status >= 400 && status < 500) {
    request.log.info({ err: error }, 'request refused');
    const problem = code
      ? problemFor(code, error.message)
      : { ...problemFor('bad_request', error.message), status };
    return sendProblem(reply, problem);
  }
  request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, problemFor('internal'));
}

/**
 * Errors Fastify meets before routing (malformed percent-encoding in the path, e.g. a lone
 * surrogate's bytes): the same problem details as every other 400. Passed as `frameworkErrors`.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  request.log.info({ err: error }, 'request refused before routing');
  // Fastify's reply is thenable, but sending it is all there is to do here; Fastify handles its errors.
  void sendProblem(
    reply,
    problemFor(
      'bad_request',
      'Adressen har ugyldig prosentkoding (ikke gyldig UTF-8); rett adressen og prøv igjen',
    ),
  );
}

export default fp(
  async (app, options: { spaIndex: boolean }) => {
    app.setErrorHandler(handleError);
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const wantsSpa = options.spaIndex && request.method === 'GET' && !path.startsWith('/api');
      if (wantsSpa) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return sendProblem(reply, problemFor('not_found', `${request.method} ${path} finnes ikke`));
    });
  },
  { name: 'error-handler' },
);
