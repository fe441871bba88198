import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { parse } from 'yaml';
import { FieldErrors, sendProblem } from './problem.js';

/*
 * Every JSON request body is checked against the project's copy of PowerOffice's OpenAPI
 * description before a route sees it, as strictly as the published schemas say: unknown members
 * (additionalProperties: false), required members, nullable, formats and maxLength. A refused body
 * is a 400 in PowerOffice's problem shape with one entry per field. Always on: there is no switch.
 */

const SPEC_URL = new URL('../../../../packages/poweroffice/openapi/poweroffice-go-v2.openapi.yaml', import.meta.url);

interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: object }> };
}
interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, object> };
}

const JSON_MEDIA_TYPES = ['application/json', 'application/*+json', 'text/json', 'application/json-patch+json'];

/** `METHOD /Path/{id}` → the compiled schema of its JSON body. */
export type BodyValidators = ReadonlyMap<string, ValidateFunction>;

let compiled: BodyValidators | undefined;

/** Compiled once per process (every simulator instance shares them): the spec does not change at run time. */
export function bodyValidators(): BodyValidators {
  compiled ??= compileBodyValidators(parse(readFileSync(fileURLToPath(SPEC_URL), 'utf8')) as OpenApiDoc);
  return compiled;
}

export function compileBodyValidators(doc: OpenApiDoc): BodyValidators {
  // OpenAPI 3.0 schema objects: `nullable` is understood by Ajv; the numeric formats are checked here.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat('float', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat('binary', true);
  ajv.addSchema({ $id: 'po', components: doc.components });

  const validators = new Map<string, ValidateFunction>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const content = operation.requestBody?.content ?? {};
      const media = JSON_MEDIA_TYPES.find((m) => content[m]?.schema);
      if (!media) continue;
      const schema = JSON.parse(JSON.stringify(content[media]!.schema).replaceAll('"#/components/', '"po#/components/'));
      validators.set(`${method.toUpperCase()} ${path}`, ajv.compile(schema));
    }
  }
  return validators;
}

/** `/v2/Vouchers/Reverse/:id` (a route as Fastify knows it) → `/Vouchers/Reverse/{id}` (the spec's key). */
export function specPathOf(routeUrl: string): string | null {
  const match = /^(?:\/demo)?\/v2(\/.*)$/i.exec(routeUrl);
  return match ? match[1]!.replace(/:(\w+)/g, '{$1}') : null;
}

/** `VoucherLines[0].VatId`, the way PowerOffice names a field in its validation errors. */
function fieldOf(error: ErrorObject): string {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as { additionalProperty?: string; missingProperty?: string };
  const member = params.additionalProperty ?? params.missingProperty;
  if (member !== undefined) segments.push(member);
  return segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), '') || '(body)';
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `The member '${String(params.additionalProperty)}' is not part of the schema.`;
    case 'required':
      return `The member '${String(params.missingProperty)}' is required.`;
    case 'type':
      return `The value must be of type ${String(params.type)}.`;
    case 'format':
      return `The value is not a valid ${String(params.format)}.`;
    case 'maxLength':
      return `The value must be at most ${String(params.limit)} characters long.`;
    case 'enum':
      return `The value must be one of: ${(params.allowedValues as unknown[]).join(', ')}.`;
    default:
      return error.message ?? `The value fails the schema (${error.keyword}).`;
  }
}

/** Problems with a body, field → messages; empty when it is valid. */
export function bodyProblems(validate: ValidateFunction, body: unknown): FieldErrors {
  const errors = new FieldErrors();
  if (body === undefined || body === null) {
    errors.add('(body)', 'A request body is required.');
    return errors;
  }
  if (!validate(body)) {
    // A failed nullable `$ref`/`type` pair reports both the type and the enum; one line per field is enough.
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const field = fieldOf(error);
      const message = messageOf(error);
      if (seen.has(`${field}\u0000${message}`)) continue;
      seen.add(`${field}\u0000${message}`);
      errors.add(field, message);
    }
  }
  return errors;
}

/**
 * After authentication (so an unauthenticated caller still gets its 401), before the route: every
 * /v2 route whose operation has a JSON request body in the spec gets it checked.
 */
export function registerRequestValidation(app: FastifyInstance): void {
  const validators = bodyValidators();
  app.addHook('preHandler', async (request, reply) => {
    const path = specPathOf(request.routeOptions.url ?? '');
    if (path === null) return;
    const validate = validators.get(`${request.method} ${path}`);
    if (!validate) return;
    const errors = bodyProblems(validate, request.body);
    if (!errors.isEmpty) return sendProblem(reply, errors.toProblem('One or more validation errors occurred.'));
  });
}
