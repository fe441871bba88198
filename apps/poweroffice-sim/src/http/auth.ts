import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../context.js';
import type { ClientLedger } from '../state/types.js';

export interface SimAuth {
  ledger: ClientLedger;
  applicationKey: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    simAuth: SimAuth | null;
  }
  interface FastifyContextConfig {
    /** The PowerOffice privilege ("auth role") the operation needs; undefined = token only. */
    privilege?: string;
  }
}

/** Bearer token check for /v2 routes, then the privilege the route declares. */
export function registerBearerAuth(app: FastifyInstance, ctx: SimContext): void {
  app.decorateRequest('simAuth', null);
  app.addHook('preHandler', async (request, reply) => {
    if (!/^\/(demo\/)?v2\//i.test(request.url)) return;
    const auth = authenticate(ctx, request);
    if (auth === null) {
      return reply.code(401).header('WWW-Authenticate', 'Bearer error="invalid_token"').send();
    }
    request.simAuth = auth;
    const privilege = request.routeOptions.config.privilege;
    if (privilege !== undefined && !hasPrivilege(auth.ledger, privilege)) {
      // PowerOffice's 403 is often bodiless; the reason is in ClientIntegrationInformation.
      return reply.code(403).send();
    }
  });
}

function authenticate(ctx: SimContext, request: FastifyRequest): SimAuth | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) return null;
  const issued = ctx.store.tokens.get(match[1]);
  if (!issued) return null;
  if (ctx.now().getTime() >= issued.expiresAt) {
    ctx.store.tokens.delete(match[1]);
    return null;
  }
  const ledger = ctx.store.ledgers.get(issued.clientId);
  return ledger ? { ledger, applicationKey: issued.applicationKey } : null;
}

/** A read privilege `X` is also granted by `X_Full`, as PowerOffice lists both for its reads. */
export function hasPrivilege(ledger: ClientLedger, privilege: string): boolean {
  const valid = validPrivileges(ledger);
  return valid.includes(privilege) || (!privilege.endsWith('_Full') && valid.includes(`${privilege}_Full`));
}

export function validPrivileges(ledger: ClientLedger): string[] {
  return ledger.privileges.filter((p) => !ledger.invalidPrivileges.includes(p));
}

/** The authenticated caller; the preHandler guarantees it on /v2 routes. */
export function authOf(request: FastifyRequest): SimAuth {
  if (request.simAuth === null) throw new Error('route reached without authentication');
  return request.simAuth;
}
