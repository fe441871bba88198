import fc from 'fast-check';

/*
 * fast-check arbitraries from the JSON Schemas the contracts' zod schemas become (the OpenAPI
 * document the BFF serves, or `z.toJSONSchema`). Mostly values of the right shape, so requests get
 * past validation into the handlers, mixed with what a careless or hostile client sends: wrong
 * types, missing and unknown keys, NUL and lone surrogates, dates in year 0001 or 9999, numbers
 * beyond any bound. Values a property name hints at (ids, dates, account numbers) come partly from
 * pools of real ones, so handlers meet rows that exist.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
};

/** Real values by property name (exact, or a suffix such as `Id`), e.g. `{ id: [...ids] }`. */
export type Pools = Record<string, readonly unknown[]>;

export interface FuzzContext {
  pools: Pools;
  /** Resolves `$ref`s of the document the schemas come from. */
  definitions?: Record<string, JsonSchema>;
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00',
  '\uDBFF\uDBFF',
  '🍔',
  '9999-12-31',
  '0001-01-01',
  '2026-02-30',
  '9999-12-31T23:59:59+14:00',
  '0001-01-01T00:00:00-12:00',
  '-0',
  '1e309',
  'NaN',
  '%00',
  '../../etc/passwd',
  "'; DROP TABLE orders; --",
  'x'.repeat(5000),
];

const HOSTILE_NUMBERS = [
  0,
  -1,
  0.5,
  -0.5,
  1e21,
  -1e21,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_VALUE,
  2 ** 31,
];

const anyJson = fc.jsonValue({ maxDepth: 2 });

function poolFor(name: string, pools: Pools): readonly unknown[] | undefined {
  if (pools[name]) return pools[name];
  const suffix = Object.keys(pools).find((key) => key.startsWith('*') && name.endsWith(key.slice(1)));
  return suffix ? pools[suffix] : undefined;
}

const dateArb = fc
  .date({ min: new Date('1999-06-01T00:00:00Z'), max: new Date('2101-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Instants mostly near now (both sides of the POS window), in UTC or with an offset. */
const instantArb = fc
  .tuple(
    fc.integer({ min: -800, max: 3 }),
    fc.integer({ min: 0, max: 86_399 }),
    fc.constantFrom('Z', '+01:00', '+02:00', '-05:00'),
  )
  .map(([days, seconds, offset]) => {
    const at = new Date(
      Date.UTC(
        new Date().getUTCFullYear(),
        new Date().getUTCMonth(),
        new Date().getUTCDate() + days,
        0,
        0,
        seconds,
      ),
    );
    const iso = at.toISOString().slice(0, 19);
    return `${iso}${offset}`;
  });

function stringArb(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = Math.min(schema.minLength ?? 0, 60);
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 60));
  if (schema.format === 'date') return dateArb;
  if (schema.format === 'date-time') return instantArb;
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= Math.max(maxLength, 64));
    } catch {
      // A pattern fast-check cannot generate from: plain strings below.
    }
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: 'binary' }) },
  );
}

function numberArb(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1_000_000, Number.MIN_SAFE_INTEGER);
  const max = Math.min(schema.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER);
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArb(schema: JsonSchema, ctx: FuzzContext, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties))
    model[key] = valueArb(property, ctx, key, depth + 1);
  // Every key, so most objects get past validation; now and then one left out, or one the schema
  // does not know.
  return fc
    .tuple(
      fc.record(model),
      fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), anyJson), { freq: 8 }),
      fc.option(fc.constantFrom(...(keys.length > 0 ? keys : [''])), { freq: 8 }),
    )
    .map(([value, extra, dropped]) => {
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      if (extra) out[extra[0]] = extra[1];
      if (dropped) delete out[dropped];
      return out;
    });
}

export function typedArb(
  schema: JsonSchema,
  ctx: FuzzContext,
  name: string,
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const target = ctx.definitions?.[schema.$ref.split('/').pop() ?? ''];
    return target ? typedArb(target, ctx, name, depth) : anyJson;
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => valueArb(s, ctx, name, depth)));
  if (schema.allOf?.[0]) return typedArb(schema.allOf[0], ctx, name, depth);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => typedArb({ ...schema, type }, ctx, name, depth)));
  }
  switch (schema.type) {
    case 'string':
      return stringArb(schema);
    case 'integer':
      return numberArb(schema, true);
    case 'number':
      return numberArb(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 4
        ? fc.constant([])
        : fc.array(valueArb(schema.items ?? {}, ctx, name, depth + 1), {
            minLength: Math.min(schema.minItems ?? 0, 3),
            maxLength: Math.max(Math.min(schema.maxItems ?? 4, 4), Math.min(schema.minItems ?? 0, 3)),
          });
    case 'object':
      return depth > 4 ? fc.constant({}) : objectArb(schema, ctx, depth);
    default:
      return anyJson;
  }
}

/**
 * A value for `schema`; `name` is the property (or parameter) it is for. Most are of the schema's
 * shape or a real value from the pools, about one in seven something hostile.
 */
export function valueArb(schema: JsonSchema, ctx: FuzzContext, name = '', depth = 0): fc.Arbitrary<unknown> {
  const pool = poolFor(name, ctx.pools);
  return fc.oneof(
    { weight: 14, arbitrary: typedArb(schema, ctx, name, depth) },
    {
      weight: pool ? 10 : 0,
      arbitrary: pool && pool.length > 0 ? fc.constantFrom(...pool) : fc.constant(null),
    },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    { weight: 1, arbitrary: anyJson },
  );
}

/**
 * A path or query value as text: strings as they are (lone surrogates included, see
 * `encodePathSegment`), anything else as JSON.
 */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/**
 * `encodeURIComponent`, except that a lone surrogate (which it refuses) is written as the three
 * bytes a lenient encoder would send, so the server meets malformed percent-encoding too.
 */
export function encodePathSegment(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}
