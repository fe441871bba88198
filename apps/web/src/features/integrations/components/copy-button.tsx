import { useState } from 'react';
import { useIntegrationsTranslation } from '../locales';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useIntegrationsTranslation();
  const [copied, setCopied] = useState(false);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission (e.g. plain http): the key is on screen to select by hand.
    }
  };
  return (
    <button type="button" className="button" aria-label={label} onClick={() => void onCopy()}>
      {copied ? t('integrations.copied') : t('integrations.copy')}
    </button>
  );
}
