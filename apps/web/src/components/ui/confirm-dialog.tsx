import { AlertDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** A destructive confirmation gets the red button. */
  destructive?: boolean;
  pending?: boolean;
  /** An error of the confirmed action, shown inside the dialog. */
  error?: ReactNode;
};

/**
 * A confirmation (Radix AlertDialog): always with "Avbryt", which has the focus first so Enter never
 * confirms by accident; Escape cancels. Stays open while the action runs and when it fails.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, description, confirmLabel, onConfirm, destructive, pending, error } = props;
  const { t } = useTranslation();
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog__description">{description}</AlertDialog.Description>
          {error}
          <div className="dialog__footer">
            <AlertDialog.Cancel className="button">{t('ui.cancel')}</AlertDialog.Cancel>
            <button
              type="button"
              className={destructive ? 'button button--danger' : 'button button--primary'}
              disabled={pending}
              aria-busy={pending || undefined}
              onClick={onConfirm}
            >
              {confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
