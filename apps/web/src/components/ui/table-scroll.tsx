import type { ReactNode } from 'react';

/**
 * A plain table wider than a phone scrolls inside this named region, not the whole page sideways.
 * Focusable, so the region can also be scrolled with the keyboard.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
