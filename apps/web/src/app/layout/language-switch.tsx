import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, switchLanguage } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [failed, setFailed] = useState(false);
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('header.language')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLanguage(chosen)) return;
          setFailed(false);
          // A failed fetch of the words keeps the current language, the list shows it again, and
          // the user is told why.
          switchLanguage(chosen).catch(() => setFailed(true));
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`languages.${lng}`)}
          </option>
        ))}
      </select>
      {failed && (
        <p className="language-switch__error" role="alert">
          {t('header.languageFailed')}
        </p>
      )}
    </div>
  );
}
