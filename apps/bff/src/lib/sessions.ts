import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, type User } from '@qo/contracts';
import {
  deleteSession,
  extendSession,
  findLiveSession,
  insertSession,
  type Database,
  type Kysely,
} from '@qo/db';

/*
 * Sessions: a random id in an httpOnly cookie, stored only as its sha256 in the sessions table,
 * expiring after SESSION_IDLE_MS without use (sliding). The CSRF token is an HMAC of the session
 * id under SESSION_SECRET: the SPA reads it from the `qo_csrf` cookie and echoes it in the
 * `x-csrf-token` header, and the BFF recomputes it, so a token from another session never passes.
 */

export const SESSION_COOKIE = 'qo_session';
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** Extending on every request would write on every read; a few minutes of slack is enough. */
const EXTEND_AFTER_MS = 5 * 60 * 1000;

export interface SessionContext {
  db: Kysely<Database>;
  sessionSecret: string;
  secureCookies: boolean;
}

export type SessionUser = User;

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

export function csrfTokenFor(sessionId: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startSession(ctx: SessionContext, reply: FastifyReply, userId: string): Promise<void> {
  const id = randomBytes(32).toString('base64url');
  await insertSession(ctx.db, { idHash: hashSessionId(id), userId, expiresAt: new Date(Date.now() + SESSION_IDLE_MS) });
  reply.setCookie(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.secureCookies,
  });
  setCsrfCookie(ctx, reply, id);
}

export function setCsrfCookie(ctx: SessionContext, reply: FastifyReply, sessionId: string): void {
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(sessionId, ctx.sessionSecret), {
    path: '/',
    httpOnly: false, // the SPA must read it to echo it in the header
    sameSite: 'lax',
    secure: ctx.secureCookies,
  });
}

/** The logged-in user of this request, or null. Slides the expiry forward. */
export async function readSession(
  ctx: SessionContext,
  request: FastifyRequest,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  const sessionId = request.cookies[SESSION_COOKIE];
  if (!sessionId) return null;
  const idHash = hashSessionId(sessionId);
  const now = new Date();
  const found = await findLiveSession(ctx.db, idHash, now);
  if (!found) return null;
  const expiresAt = new Date(found.session.expires_at).getTime();
  if (expiresAt - now.getTime() < SESSION_IDLE_MS - EXTEND_AFTER_MS) {
    await extendSession(ctx.db, idHash, new Date(now.getTime() + SESSION_IDLE_MS));
  }
  const { user } = found;
  return {
    sessionId,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, companyId: user.company_id },
  };
}

export async function endSession(ctx: SessionContext, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const sessionId = request.cookies[SESSION_COOKIE];
  if (sessionId) await deleteSession(ctx.db, hashSessionId(sessionId));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
