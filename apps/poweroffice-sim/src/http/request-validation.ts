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

const SPEC_URL = new URL(
  '../../../../packages/poweroffice/openapi/poweroffice-go-v2.openapi.yaml',
  import.meta.url,
);

interface OpenApiParameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: { $ref?: string; type?: string; format?: string };
}
interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: object }> };
  parameters?: OpenApiParameter[];
}
interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, object> };
}

const JSON_MEDIA_TYPES = [
  'application/json',
  'application/*+json',
  'text/json',
  'application/json-patch+json',
];

/** `METHOD /Path/{id}` → the compiled schema of its JSON body. */
export type BodyValidators = ReadonlyMap<string, ValidateFunction>;

/** `METHOD /Path/{id}` → the query parameters its operation declares, checked as one object. */
export interface QueryValidator {
  /** lower-case name → the name as the spec spells it */
  names: ReadonlyMap<string, string>;
  validate: ValidateFunction;
}
export type QueryValidators = ReadonlyMap<string, QueryValidator>;

let compiled: BodyValidators | undefined;
let compiledQueries: QueryValidators | undefined;
let specDoc: OpenApiDoc | undefined;

function spec(): OpenApiDoc {
  specDoc ??= parse(readFileSync(fileURLToPath(SPEC_URL), 'utf8')) as OpenApiDoc;
  return specDoc;
}

/** Compiled once per process (every simulator instance shares them): the spec does not change at run time. */
export function bodyValidators(): BodyValidators {
  compiled ??= compileBodyValidators(spec());
  return compiled;
}

export function queryValidators(): QueryValidators {
  compiledQueries ??= compileQueryValidators(spec());
  return compiledQueries;
}

const toLocalRefs = (schema: object) =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"po#/components/'));

/**
 * The query parameters of every operation, as one object schema: required ones required, each
 * with its type and format (`date` is YYYY-MM-DD, `date-time`, booleans, integers, enums).
 * Parameters whose schema is an object (`resourceParameter`: paging, fields, order) are read by the
 * routes themselves; names PowerOffice does not declare are ignored, as ASP.NET ignores them.
 */
export function compileQueryValidators(doc: OpenApiDoc): QueryValidators {
  const ajv = newAjv(doc, { coerceTypes: true });
  const validators = new Map<string, QueryValidator>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const scalar = (operation.parameters ?? []).filter((p) => {
        if (p.in !== 'query' || !p.schema) return false;
        const ref = p.schema.$ref?.split('/').pop();
        const target = ref ? (doc.components.schemas[ref] as { type?: string } | undefined) : p.schema;
        return target?.type !== 'object';
      });
      if (scalar.length === 0) continue;
      const schema = {
        type: 'object',
        properties: Object.fromEntries(scalar.map((p) => [p.name, toLocalRefs(p.schema!)])),
        required: scalar.filter((p) => p.required).map((p) => p.name),
      };
      validators.set(`${method.toUpperCase()} ${path}`, {
        names: new Map(scalar.map((p) => [p.name.toLowerCase(), p.name])),
        validate: ajv.compile(schema),
      });
    }
  }
  return validators;
}

function newAjv(doc: OpenApiDoc, options: { coerceTypes?: boolean } = {}): Ajv {
  // OpenAPI 3.0 schema objects: `nullable` is understood by Ajv; the numeric formats are checked here.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, ...options });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat('float', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat('binary', true);
  ajv.addSchema({ $id: 'po', components: doc.components });
  return ajv;
}

export function compileBodyValidators(doc: OpenApiDoc): BodyValidators {
  const ajv = newAjv(doc);
  const validators = new Map<string, ValidateFunction>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const content = operation.requestBody?.content ?? {};
      const media = JSON_MEDIA_TYPES.find((m) => content[m]?.schema);
      if (!media) continue;
      const schema = toLocalRefs(content[media]!.schema!);
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
  return (
    segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), '') ||
    '(body)'
  );
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
 * Problems with a query string, parameter → messages; empty when it is valid. Names are matched
 * case-insensitively (also with a `resourceParameter.` prefix); the first value of a repeated one counts.
 */
export function queryProblems(validator: QueryValidator, query: Record<string, unknown>): FieldErrors {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const name = validator.names.get(key.toLowerCase().replace(/^resourceparameter\./, ''));
    if (name === undefined || name in values) continue;
    values[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  const errors = new FieldErrors();
  if (!validator.validate(values)) {
    for (const error of validator.validate.errors ?? []) {
      const missing = (error.params as { missingProperty?: string }).missingProperty;
      const field = missing ?? error.instancePath.split('/')[1] ?? '(query)';
      const shown = values[field] ?? '';
      const why = `The value '${shown}' is not valid for ${field}: ${messageOf(error)}`;
      errors.add(field, missing ? `The ${field} field is required.` : why);
    }
  }
  return errors;
}

/**
 * After authentication (so an unauthenticated caller still gets its 401), before the route: every
 * /v2 route whose operation has a JSON request body in the spec gets it checked, and every one that
 * declares query parameters its query string.
 */
export function registerRequestValidation(app: FastifyInstance): void {
  const validators = bodyValidators();
  const queries = queryValidators();
  app.addHook('preHandler', async (request, reply) => {
    const path = specPathOf(request.routeOptions.url ?? '');
    if (path === null) return;
    const query = queries.get(`${request.method} ${path}`);
    if (query) {
      const errors = queryProblems(query, (request.query ?? {}) as Record<string, unknown>);
      if (!errors.isEmpty)
        return sendProblem(reply, errors.toProblem('One or more validation errors occurred.'));
    }
    const validate = validators.get(`${request.method} ${path}`);
    if (!validate) return;
    const errors = bodyProblems(validate, request.body);
    if (!errors.isEmpty)
      return sendProblem(reply, errors.toProblem('One or more validation errors occurred.'));
  });
}
