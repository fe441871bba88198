import { Toaster as SonnerToaster } from 'sonner';
import { useTranslation } from 'react-i18next';

/** Where toasts appear: bottom right, above everything, with a close button; loaded after the shell. */
export default function Toaster() {
  const { t } = useTranslation();
  return (
    <SonnerToaster
      position="bottom-right"
      closeButton
      richColors
      duration={6000}
      containerAriaLabel={t('ui.notifications')}
      toastOptions={{ closeButtonAriaLabel: t('ui.close') }}
    />
  );
}
