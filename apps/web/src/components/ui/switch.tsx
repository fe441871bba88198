import { Switch as SwitchPrimitive } from 'radix-ui';
import { useId, type ReactNode } from 'react';

type SwitchFieldProps = {
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
  /** What the switch needs or does, shown beside it (preconditions, consequences). */
  hint?: ReactNode;
};

/** A real switch (role="switch", Space toggles) with its label and hint beside it. */
export function SwitchField({ label, checked, onCheckedChange, disabled, hint }: SwitchFieldProps) {
  const id = useId();
  return (
    <div className="switch-field">
      <SwitchPrimitive.Root
        id={id}
        className="switch"
        checked={checked}
        onCheckedChange={onCheckedChange}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        <SwitchPrimitive.Thumb className="switch__thumb" />
      </SwitchPrimitive.Root>
      <label htmlFor={id} className="switch-field__label">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="switch-field__hint">
          {hint}
        </div>
      )}
    </div>
  );
}
