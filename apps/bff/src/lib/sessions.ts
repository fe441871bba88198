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
 * expiring after `idleMs` without use (sliding, SESSION_IDLE_MINUTES) and in any case `maxAgeMs`
 * after the login (absolute, SESSION_MAX_AGE_HOURS). Logging in again ends the session the browser
 * had; changing the password ends every session of the user. The CSRF token is an HMAC of the session
 * id under SESSION_SECRET: the SPA reads it from the `qo_csrf` cookie and echoes it in the
 * `x-csrf-token` header, and the BFF recomputes it, so a token from another session never passes.
 */

export const SESSION_COOKIE = 'qo_session';
/** Defaults of SESSION_IDLE_MINUTES and SESSION_MAX_AGE_HOURS. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
/** Extending on every request would write on every read; a few minutes of slack is enough. */
const EXTEND_AFTER_MS = 5 * 60 * 1000;

export interface SessionContext {
  db: Kysely<Database>;
  sessionSecret: string;
  secureCookies: boolean;
  /** Sliding expiry (default SESSION_IDLE_MS). */
  idleMs?: number;
  /** Absolute lifetime from the login (default SESSION_MAX_AGE_MS). */
  maxAgeMs?: number;
}

const idleOf = (ctx: SessionContext) => ctx.idleMs ?? SESSION_IDLE_MS;
const maxAgeOf = (ctx: SessionContext) => ctx.maxAgeMs ?? SESSION_MAX_AGE_MS;

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

/**
 * A new session for `userId`. The session this browser had (its cookie), if any, is ended first:
 * one session per login, so a session id planted before the login is worth nothing after it.
 */
export async function startSession(
  ctx: SessionContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<void> {
  const previous = request.cookies[SESSION_COOKIE];
  if (previous) await deleteSession(ctx.db, hashSessionId(previous));
  const id = randomBytes(32).toString('base64url');
  const now = Date.now();
  const expiresAt = new Date(now + Math.min(idleOf(ctx), maxAgeOf(ctx)));
  await insertSession(ctx.db, { idHash: hashSessionId(id), userId, expiresAt });
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
  const found = await findLiveSession(ctx.db, idHash, now, new Date(now.getTime() - maxAgeOf(ctx)));
  if (!found) return null;
  const expiresAt = new Date(found.session.expires_at).getTime();
  const idle = idleOf(ctx);
  if (expiresAt - now.getTime() < idle - EXTEND_AFTER_MS) {
    // Never past the absolute lifetime.
    const end = Math.min(now.getTime() + idle, new Date(found.session.created_at).getTime() + maxAgeOf(ctx));
    if (end > expiresAt) await extendSession(ctx.db, idHash, new Date(end));
  }
  const { user } = found;
  return {
    sessionId,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, companyId: user.company_id },
  };
}

export async function endSession(
  ctx: SessionContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const sessionId = request.cookies[SESSION_COOKIE];
  if (sessionId) await deleteSession(ctx.db, hashSessionId(sessionId));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
