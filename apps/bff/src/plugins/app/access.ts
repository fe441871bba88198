import { CSRF_COOKIE, CSRF_HEADER, roleSchema, type Role } from '@qo/contracts';
import type { FastifyRequest } from 'fastify';
import { deleteExpiredSessions } from '@qo/db';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';
import {
  csrfTokenFor,
  readSession,
  safeEqual,
  type SessionContext,
  type SessionUser,
} from '../../lib/sessions';
import { DOCS_PREFIX } from '../external/swagger';

/**
 * Who may call a route. Every /api route declares it in `config.roles`:
 * - a list of roles: a logged-in user with one of them (CSRF checked on POST/PUT/PATCH/DELETE);
 * - 'public': anyone (login, logout); the handler does its own checks;
 * - 'device': a POS device token; the route's own preHandler authenticates it (no session, no CSRF).
 * A route under /api without a declaration makes registration (and so start-up) fail.
 */
export type RouteAccess = readonly Role[] | 'public' | 'device';

/** The roles admitted by most read routes. */
export const ALL_ROLES: readonly Role[] = roleSchema.options;

declare module 'fastify' {
  interface FastifyContextConfig {
    roles?: RouteAccess;
  }
  interface FastifyRequest {
    /** The logged-in user on session routes; null on public and device routes. */
    user: SessionUser | null;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The logged-in user; for handlers of session routes, where the access hook guarantees one. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError('unauthenticated');
  return request.user;
}

export function isCsrfTokenValid(request: FastifyRequest, sessionId: string, secret: string): boolean {
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  if (typeof header !== 'string' || !cookie) return false;
  return safeEqual(header, cookie) && safeEqual(header, csrfTokenFor(sessionId, secret));
}

export default fp(
  async (app, ctx: SessionContext) => {
    app.decorateRequest('user', null);

    // Expired sessions are refused anyway; this only keeps the table small.
    const purge = () =>
      deleteExpiredSessions(ctx.db).catch((err: unknown) =>
        app.log.warn({ err }, 'purging expired sessions failed'),
      );
    let purgeTimer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      await purge();
      // purge() catches its own failure: nothing to await on the timer.
      purgeTimer = setInterval(() => void purge(), 60 * 60 * 1000).unref();
    });
    app.addHook('onClose', async () => clearInterval(purgeTimer));

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api')) return;
      if (route.url.startsWith(DOCS_PREFIX)) {
        route.config = { ...route.config, roles: 'public' };
        return;
      }
      const roles = route.config?.roles;
      const valid = roles === 'public' || roles === 'device' || (Array.isArray(roles) && roles.length > 0);
      if (!valid) {
        throw new Error(
          `${String(route.method)} ${route.url} must declare config.roles (a role list, 'public' or 'device')`,
        );
      }
    });

    app.addHook('onRequest', async (request) => {
      const url = request.routeOptions.url;
      const roles = request.routeOptions.config.roles;
      if (!url?.startsWith('/api') || roles === undefined || roles === 'public' || roles === 'device') return;
      const session = await readSession(ctx, request);
      if (!session) throw new AppError('unauthenticated', 'Logg inn for å fortsette');
      request.user = session.user;
      if (
        UNSAFE_METHODS.has(request.method) &&
        !isCsrfTokenValid(request, session.sessionId, ctx.sessionSecret)
      ) {
        throw new AppError('csrf_failed', `Mangler eller feil ${CSRF_HEADER}; last siden på nytt`);
      }
      if (!roles.includes(session.user.role)) {
        throw new AppError('forbidden', 'Rollen din har ikke tilgang til dette');
      }
    });
  },
  { name: 'access', dependencies: ['cookie'] },
);
