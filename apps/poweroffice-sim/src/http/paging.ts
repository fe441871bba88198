import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem, sendProblem } from './problem.js';
import { queryParam } from './query.js';

export const DEFAULT_PAGE_SIZE = 5000;
export const MAX_PAGE_SIZE = 20000;

/**
 * Sends one page of a list the way PowerOffice does: PageNumber/PageSize (flat query params),
 * Fields projection, OrderBy, and 204 No Content instead of an empty array.
 * PageNumber is 1-based here (PowerOffice's base is unconfirmed; see README); 0 or less is a 400.
 */
export function sendPage<T extends Record<string, unknown>>(
  request: FastifyRequest,
  reply: FastifyReply,
  items: readonly T[],
): FastifyReply {
  const pageNumberText = queryParam(request, 'PageNumber');
  const pageSizeText = queryParam(request, 'PageSize');
  const pageNumber = pageNumberText === undefined ? 1 : Number(pageNumberText);
  const pageSize = pageSizeText === undefined ? DEFAULT_PAGE_SIZE : Number(pageSizeText);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) {
    return sendProblem(
      reply,
      problem(
        400,
        'Invalid resourceParameter',
        `PageNumber must be an integer of 1 or more, got '${pageNumberText}'.`,
      ),
    );
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    return sendProblem(
      reply,
      problem(
        400,
        'Invalid resourceParameter',
        `PageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, got '${pageSizeText}'.`,
      ),
    );
  }

  const list = [...items];
  const orderBy = queryParam(request, 'OrderBy');
  if (orderBy) {
    const keys = orderBy.split(',').map((part) => {
      const [field = '', direction = 'asc'] = part.trim().split(/\s+/);
      return { field, descending: direction.toLowerCase() === 'desc' };
    });
    for (const { field } of keys) {
      if (list.length > 0 && !(field in (list[0] as object))) {
        return sendProblem(
          reply,
          problem(400, 'Invalid resourceParameter', `OrderBy: unknown property '${field}'.`),
        );
      }
    }
    list.sort((a, b) => {
      for (const { field, descending } of keys) {
        const x = a[field] as string | number | null;
        const y = b[field] as string | number | null;
        if (x === y) continue;
        const order = x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
        return descending ? -order : order;
      }
      return 0;
    });
  }

  const page = list.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  if (page.length === 0) return reply.code(204).send();

  const fields = queryParam(request, 'Fields');
  if (fields) {
    const wanted = fields
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    const known = Object.keys(page[0] as object);
    const unknown = wanted.filter((f) => !known.includes(f));
    if (unknown.length > 0) {
      return sendProblem(
        reply,
        problem(
          400,
          'Invalid resourceParameter',
          `Fields: unknown propert${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')}.`,
        ),
      );
    }
    return reply.code(200).send(page.map((item) => Object.fromEntries(wanted.map((f) => [f, item[f]]))));
  }
  return reply.code(200).send(page);
}
