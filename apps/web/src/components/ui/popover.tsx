import { Popover as PopoverPrimitive } from 'radix-ui';
import type { ReactNode } from 'react';

/** A popover (Radix): opens from its trigger, Escape and a click outside close it, focus returns. */
export function Popover({ trigger, children, label }: { trigger: ReactNode; children: ReactNode; label: string }) {
  return (
    <PopoverPrimitive.Root>
      <PopoverPrimitive.Trigger asChild>{trigger}</PopoverPrimitive.Trigger>
      <PopoverPrimitive.Portal>
        <PopoverPrimitive.Content className="popover" aria-label={label} sideOffset={4} collisionPadding={8}>
          {children}
        </PopoverPrimitive.Content>
      </PopoverPrimitive.Portal>
    </PopoverPrimitive.Root>
  );
}
