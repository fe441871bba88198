import { Popover as PopoverPrimitive } from 'radix-ui';
import type { ReactNode, RefObject } from 'react';

/** A popover (Radix): opens from its trigger, Escape and a click outside close it, focus returns. */
export function Popover({
  trigger,
  children,
  label,
  open,
  onOpenChange,
  className,
  align,
  initialFocus,
}: {
  trigger: ReactNode;
  children: ReactNode;
  label: string;
  /** Controlled: pass both to close it from inside (e.g. after following a link in it). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Added to the `popover` class. */
  className?: string;
  align?: 'start' | 'center' | 'end';
  /** Where focus goes when it opens (default: its first focusable element). */
  initialFocus?: RefObject<HTMLElement | null>;
}) {
  return (
    <PopoverPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <PopoverPrimitive.Trigger asChild>{trigger}</PopoverPrimitive.Trigger>
      <PopoverPrimitive.Portal>
        <PopoverPrimitive.Content
          className={className ? `popover ${className}` : 'popover'}
          aria-label={label}
          align={align}
          sideOffset={4}
          collisionPadding={8}
          onOpenAutoFocus={
            initialFocus
              ? (event) => {
                  event.preventDefault();
                  initialFocus.current?.focus();
                }
              : undefined
          }
        >
          {children}
        </PopoverPrimitive.Content>
      </PopoverPrimitive.Portal>
    </PopoverPrimitive.Root>
  );
}
