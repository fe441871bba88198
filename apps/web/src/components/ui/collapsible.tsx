import { Collapsible as CollapsiblePrimitive } from 'radix-ui';
import type { ReactNode } from 'react';

/** A section that starts collapsed; its heading is the button that opens it (Radix Collapsible). */
export function Collapsible({ title, children, defaultOpen = false }: { title: ReactNode; children: ReactNode; defaultOpen?: boolean }) {
  return (
    <CollapsiblePrimitive.Root defaultOpen={defaultOpen}>
      <h2>
        <CollapsiblePrimitive.Trigger className="collapsible__trigger">{title}</CollapsiblePrimitive.Trigger>
      </h2>
      <CollapsiblePrimitive.Content>{children}</CollapsiblePrimitive.Content>
    </CollapsiblePrimitive.Root>
  );
}
