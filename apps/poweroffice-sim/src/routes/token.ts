import { createHmac, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SimContext } from '../context.js';
import { validPrivileges } from '../http/auth.js';
import type { ClientLedger } from '../state/types.js';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * POST /OAuth/Token: OAuth 2.0 client credentials, Basic base64(applicationKey:clientKey).
 * Errors follow RFC 6749 §5.2 with status 400, as PowerOffice's token endpoint documents.
 */
export function tokenRoutes(app: FastifyInstance, ctx: SimContext): void {
  const handler = async (
    request: { body: unknown; headers: Record<string, string | string[] | undefined> },
    reply: FastifyReply,
  ) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (body.grant_type !== 'client_credentials') {
      return tokenError(
        reply,
        body.grant_type === undefined ? 'invalid_request' : 'unsupported_grant_type',
        body.grant_type === undefined
          ? 'The grant_type parameter is missing.'
          : 'Only grant_type=client_credentials is supported.',
      );
    }
    const credentials = basicCredentials(request.headers.authorization);
    const ledger = credentials
      ? ctx.store.findActivation(credentials.applicationKey, credentials.clientKey)
      : undefined;
    if (!credentials || !ledger) {
      return tokenError(
        reply,
        'invalid_client',
        'The client integration was not found. Make sure the application key and client key are correct and belong to the desired environment (demo or production).',
      );
    }
    const issuedAt = ctx.now().getTime();
    const expiresAt = issuedAt + ctx.tokenLifetimeSeconds * 1000;
    const token = signToken(ledger, credentials.applicationKey, issuedAt, expiresAt);
    ctx.store.tokens.set(token, {
      token,
      clientId: ledger.id,
      applicationKey: credentials.applicationKey.toLowerCase(),
      expiresAt,
    });
    return reply
      .header('Cache-Control', 'no-store')
      .send({ access_token: token, token_type: 'bearer', expires_in: ctx.tokenLifetimeSeconds });
  };
  app.post('/OAuth/Token', handler);
  app.post('/Demo/OAuth/Token', handler);
}

function tokenError(reply: FastifyReply, error: string, description: string) {
  return reply.code(400).header('Cache-Control', 'no-store').send({ error, error_description: description });
}

function basicCredentials(
  header: string | string[] | undefined,
): { applicationKey: string; clientKey: string } | null {
  if (typeof header !== 'string') return null;
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { applicationKey: decoded.slice(0, colon).trim(), clientKey: decoded.slice(colon + 1).trim() };
}

/**
 * A JWT-shaped token with PowerOffice's claim names, so a client may peek at it; the simulator
 * itself only trusts its own table of issued tokens.
 */
function signToken(
  ledger: ClientLedger,
  applicationKey: string,
  issuedAt: number,
  expiresAt: number,
): string {
  const header = base64url({ alg: 'HS256', typ: 'JWT' });
  const payload = base64url({
    iss: 'poweroffice-sim',
    jti: randomUUID(),
    iat: Math.floor(issuedAt / 1000),
    nbf: Math.floor(issuedAt / 1000),
    exp: Math.floor(expiresAt / 1000),
    goClientId: ledger.id,
    goClientName: ledger.name,
    goApplicationKey: applicationKey,
    goActiveClientSubscriptions: ledger.activeSubscriptions,
    goInvalidPrivileges: ledger.invalidPrivileges,
    role: validPrivileges(ledger),
  });
  const signature = createHmac('sha256', 'poweroffice-sim')
    .update(`${header}.${payload}`)
    .digest('base64url');
  return `${header}.${payload}.${signature}`;
}
