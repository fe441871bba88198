import type { FastifyRequest } from 'fastify';

/** ASP.NET binds query parameters case-insensitively; so do we. */
export function queryParam(request: FastifyRequest, name: string): string | undefined {
  const query = request.query as Record<string, unknown>;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(query)) {
    const bare = key.toLowerCase().replace(/^resourceparameter\./, '');
    if (bare === wanted) return Array.isArray(value) ? String(value[0]) : String(value);
  }
  return undefined;
}

/** Comma lists with numeric ranges: "1000-1999, 2500, 3000-". */
export function parseNumberFilter(text: string | undefined): ((n: number) => boolean) | null {
  if (text === undefined || text.trim() === '') return null;
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const tests = parts.map((part) => {
    const range = /^(\d+)\s*-\s*(\d*)$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = range[2] === '' ? Infinity : Number(range[2]);
      return (n: number) => n >= from && n <= to;
    }
    const exact = Number(part);
    if (!Number.isFinite(exact)) throw new Error(`'${part}' is not a number or range`);
    return (n: number) => n === exact;
  });
  return (n) => tests.some((t) => t(n));
}

export function parseStringList(text: string | undefined): Set<string> | null {
  if (text === undefined || text.trim() === '') return null;
  return new Set(
    text
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

export function parseBoolean(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  throw new Error(`'${text}' is not a boolean`);
}
