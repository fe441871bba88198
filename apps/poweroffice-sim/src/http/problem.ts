import type { FastifyReply } from 'fastify';

/**
 * PowerOffice answers non-auth errors with ProblemDetails. The schema spells the members in
 * PascalCase (Type, Title, Status, Detail, Instance), and so do we. `Errors` (field → messages,
 * as ASP.NET validation problems carry them) is our addition; PowerOffice's is unconfirmed.
 */
export interface ProblemDetails {
  Type: string;
  Title: string;
  Status: number;
  Detail?: string;
  Instance?: string;
  Errors?: Record<string, string[]>;
}

const typeByStatus: Record<number, string> = {
  400: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  404: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
  409: 'https://tools.ietf.org/html/rfc9110#section-15.5.10',
  500: 'https://tools.ietf.org/html/rfc9110#section-15.6.1',
  503: 'https://tools.ietf.org/html/rfc9110#section-15.6.4',
};

export function problem(
  status: number,
  title: string,
  detail?: string,
  errors?: Record<string, string[]>,
): ProblemDetails {
  return {
    Type: typeByStatus[status] ?? 'about:blank',
    Title: title,
    Status: status,
    ...(detail === undefined ? {} : { Detail: detail }),
    ...(errors === undefined ? {} : { Errors: errors }),
  };
}

export function sendProblem(reply: FastifyReply, body: ProblemDetails): FastifyReply {
  return reply
    .code(body.Status)
    .type('application/problem+json; charset=utf-8')
    .send({ ...body, Instance: reply.request.url });
}

/** Collects per-field messages, then turns them into one 400 (or nothing when there were none). */
export class FieldErrors {
  private readonly map: Record<string, string[]> = {};

  add(path: string, message: string): void {
    (this.map[path] ??= []).push(message);
  }

  entries(): [string, string[]][] {
    return Object.entries(this.map);
  }

  get isEmpty(): boolean {
    return Object.keys(this.map).length === 0;
  }

  toProblem(title: string): ProblemDetails {
    const first = Object.entries(this.map)[0];
    const detail = first ? `${first[0]}: ${first[1][0]}` : undefined;
    return problem(400, title, detail, this.map);
  }
}
