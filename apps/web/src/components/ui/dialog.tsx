import { Dialog as DialogPrimitive } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * Dialogs and side sheets on Radix Dialog: focus is trapped inside and returns to the trigger,
 * Escape and the close button close it, the title names it for screen readers.
 */

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;

type DialogContentProps = {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** `sheet` slides in from the right edge; `wide` is a roomier centred dialog. */
  variant?: 'dialog' | 'wide' | 'sheet';
  /** Where focus goes when the dialog opens; Radix's default is the first focusable element. */
  onOpenAutoFocus?: (event: Event) => void;
  /** Where focus goes when it closes; by default back to the trigger. `preventDefault()` keeps it. */
  onCloseAutoFocus?: (event: Event) => void;
};

export function DialogContent(props: DialogContentProps) {
  const { title, description, children, variant = 'dialog', onOpenAutoFocus, onCloseAutoFocus } = props;
  const { t } = useTranslation();
  const className =
    variant === 'sheet' ? 'sheet sheet--right' : variant === 'wide' ? 'dialog dialog--wide' : 'dialog';
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="overlay" />
      <DialogPrimitive.Content
        className={className}
        onOpenAutoFocus={onOpenAutoFocus}
        onCloseAutoFocus={onCloseAutoFocus}
        {...(description ? {} : { 'aria-describedby': undefined })}
      >
        <div className="dialog__header">
          <div>
            <DialogPrimitive.Title className="dialog__title">{title}</DialogPrimitive.Title>
            {description && (
              <DialogPrimitive.Description className="dialog__description">
                {description}
              </DialogPrimitive.Description>
            )}
          </div>
          <DialogPrimitive.Close className="button button--ghost button--small" aria-label={t('ui.close')}>
            ✕
          </DialogPrimitive.Close>
        </div>
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
