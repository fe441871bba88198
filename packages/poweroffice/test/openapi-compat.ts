import type { z } from 'zod';

/** Minimal view of an OpenAPI 3.0 schema object: only what the comparison needs. */
export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  readOnly?: boolean;
  enum?: string[];
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
}
export interface OpenApiDoc {
  components: { schemas: Record<string, OpenApiSchema> };
}

interface Unwrapped {
  inner: z.ZodType;
  nullable: boolean;
}

// zod 4 keeps its definition on `_zod.def`; only the wrappers we use are unwrapped.
function def(schema: z.ZodType): {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
} {
  return (schema as unknown as { _zod: { def: never } })._zod.def;
}

function unwrap(schema: z.ZodType): Unwrapped {
  let nullable = false;
  let current = schema;
  for (;;) {
    const d = def(current);
    if (d.type === 'pipe') {
      // A parsed-then-checked value (e.g. a tolerant date): the wire type is the input's.
      current = (d as unknown as { in: z.ZodType }).in;
      continue;
    }
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') {
      if (d.type === 'nullable') nullable = true;
      current = d.innerType as z.ZodType;
      continue;
    }
    return { inner: current, nullable };
  }
}

function resolve(doc: OpenApiDoc, schema: OpenApiSchema): OpenApiSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = doc.components.schemas[name];
  if (!target) throw new Error(`Unresolvable $ref ${schema.$ref}`);
  return { ...target, nullable: schema.nullable ?? target.nullable };
}

/**
 * Lists every disagreement between a zod schema and an OpenAPI component: unknown property names,
 * incompatible types, nulls the spec allows but a response schema would reject, and read-only or
 * non-nullable fields a request schema could send wrongly.
 */
export function compareWithOpenApi(doc: OpenApiDoc, component: string, schema: z.ZodType): string[] {
  const target = doc.components.schemas[component];
  if (!target) return [`${component}: no such component in the OpenAPI description`];
  const isRequest = component.endsWith('PostDto');
  return compareObject(doc, component, schema, target, isRequest);
}

function compareObject(
  doc: OpenApiDoc,
  where: string,
  schema: z.ZodType,
  target: OpenApiSchema,
  isRequest: boolean,
): string[] {
  const d = def(unwrap(schema).inner);
  if (d.type !== 'object' || !d.shape) return [`${where}: zod schema is not an object`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(d.shape)) {
    const property = target.properties?.[key];
    if (!property) {
      problems.push(`${where}.${key}: not a property of the OpenAPI schema`);
      continue;
    }
    problems.push(...compareValue(doc, `${where}.${key}`, value, resolve(doc, property), isRequest));
  }
  return problems;
}

function compareValue(
  doc: OpenApiDoc,
  where: string,
  schema: z.ZodType,
  spec: OpenApiSchema,
  isRequest: boolean,
): string[] {
  const { inner, nullable } = unwrap(schema);
  const problems: string[] = [];
  if (isRequest && spec.readOnly) problems.push(`${where}: read-only in OpenAPI but sent in a request`);
  if (isRequest && nullable && !spec.nullable)
    problems.push(`${where}: request may send null, OpenAPI does not allow it`);
  if (!isRequest && spec.nullable && !nullable)
    problems.push(`${where}: OpenAPI allows null, response schema rejects it`);

  const d = def(inner);
  const format = (inner as unknown as { format?: string | null }).format ?? undefined;
  switch (d.type) {
    case 'number':
      if (format === 'safeint' || format === 'int32' || format === 'int64') {
        if (spec.type !== 'integer')
          problems.push(`${where}: zod integer, OpenAPI ${spec.type ?? 'untyped'}`);
      } else if (spec.type !== 'number' && spec.type !== 'integer') {
        problems.push(`${where}: zod number, OpenAPI ${spec.type ?? 'untyped'}`);
      }
      break;
    case 'string':
      if (spec.type !== 'string') problems.push(`${where}: zod string, OpenAPI ${spec.type ?? 'untyped'}`);
      else if (format === 'date' && spec.format !== 'date')
        problems.push(`${where}: zod date, OpenAPI format ${spec.format ?? 'none'}`);
      break;
    case 'enum': {
      if (spec.type !== 'string') problems.push(`${where}: zod enum, OpenAPI ${spec.type ?? 'untyped'}`);
      const values = Object.values(d.entries ?? {});
      const unknown = values.filter((v) => spec.enum && !spec.enum.includes(v));
      if (unknown.length) problems.push(`${where}: enum values ${unknown.join(', ')} not in OpenAPI`);
      break;
    }
    case 'boolean':
      if (spec.type !== 'boolean') problems.push(`${where}: zod boolean, OpenAPI ${spec.type ?? 'untyped'}`);
      break;
    case 'array':
      if (spec.type !== 'array' || !spec.items)
        problems.push(`${where}: zod array, OpenAPI ${spec.type ?? 'untyped'}`);
      else
        problems.push(
          ...compareValue(doc, `${where}[]`, d.element as z.ZodType, resolve(doc, spec.items), isRequest),
        );
      break;
    case 'object':
      if (spec.type !== 'object' && !spec.properties)
        problems.push(`${where}: zod object, OpenAPI ${spec.type ?? 'untyped'}`);
      else problems.push(...compareObject(doc, where, inner, spec, isRequest));
      break;
    default:
      problems.push(`${where}: zod type ${d.type} has no OpenAPI counterpart in this check`);
  }
  return problems;
}
