import type { Role } from '@qo/contracts';
import { Dialog } from 'radix-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MainNav } from './main-nav';

/**
 * The main navigation as a drawer on narrow screens (Radix Dialog): the header's menu button opens
 * it, a link, Escape or a click outside closes it, and focus returns to the button. A separate chunk,
 * loaded only on narrow screens.
 */
export default function NavDrawer({ role, extras }: { role: Role; extras: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger
        className="button button--ghost app-header__menu-button"
        aria-label={t('header.openMenu')}
      >
        <span aria-hidden="true">☰</span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="sheet" aria-describedby={undefined}>
          <div className="dialog__header">
            <Dialog.Title className="dialog__title">{t('nav.label')}</Dialog.Title>
            <Dialog.Close className="button button--ghost button--small" aria-label={t('ui.close')}>
              ✕
            </Dialog.Close>
          </div>
          <MainNav role={role} onNavigate={() => setOpen(false)} extras={extras} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
