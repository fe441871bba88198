import { findPosDeviceByTokenHash, touchPosDeviceToken, type PosDeviceIdentity } from '@qo/db';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from '../../lib/app-error';
import { hashDeviceToken } from './device-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The POS device on routes with `roles: 'device'`, set by `authenticateDevice`. */
    posDevice: PosDeviceIdentity | null;
  }
}

/** last_used_at is for the owner's token list; once a minute is precise enough and saves a write per request. */
const TOUCH_AFTER_MS = 60_000;

/**
 * onRequest hook of the POS routes: `Authorization: Bearer <device token>`, no session, no CSRF.
 * Runs before the body is read, so an unauthenticated client cannot make us parse 5 MB.
 */
export function authenticateDevice(app: FastifyInstance): onRequestAsyncHookHandler {
  return async (request: FastifyRequest) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    const device = match?.[1] ? await findPosDeviceByTokenHash(app.db, hashDeviceToken(match[1])) : undefined;
    if (!device) {
      throw new AppError(
        'unauthenticated',
        'Mangler, ukjent eller tilbakekalt enhetstoken (Authorization: Bearer <token>)',
        {
          headers: { 'www-authenticate': 'Bearer realm="pos"' },
        },
      );
    }
    const now = new Date();
    if (!device.lastUsedAt || now.getTime() - Date.parse(device.lastUsedAt) > TOUCH_AFTER_MS) {
      await touchPosDeviceToken(app.db, device.tokenId, now.toISOString());
    }
    request.posDevice = device;
  };
}

export function currentDevice(request: FastifyRequest): PosDeviceIdentity {
  if (!request.posDevice) throw new AppError('unauthenticated');
  return request.posDevice;
}
