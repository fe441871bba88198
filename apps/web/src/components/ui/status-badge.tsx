import type { ReactNode } from 'react';

/**
 * The one status colour code, always with a word: ok (green: sent, connected, done), warning (amber:
 * changed, needs a look), danger (red: failed), neutral (grey: not yet).
 */
export type StatusTone = 'ok' | 'warning' | 'danger' | 'neutral';

export function StatusBadge({ tone, children }: { tone: StatusTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
