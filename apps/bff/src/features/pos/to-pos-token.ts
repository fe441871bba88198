import type { PosToken } from '@qo/contracts';
import type { PosDeviceTokenInfo } from '@qo/db';

/** The token as lists show it: never the secret, never its hash. */
export function toPosToken(row: PosDeviceTokenInfo): PosToken {
  return {
    id: row.id,
    label: row.label,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
