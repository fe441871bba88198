import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { nb } from '@/locales/nb';
import { errorMessagesNb } from './error-locales';

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';
const STORAGE_KEY = 'qo.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be unavailable (privacy mode); the default language is a fine answer.
    return DEFAULT_LANGUAGE;
  }
}

i18n.on('languageChanged', (lng) => {
  // Unit tests import feature modules (and so this one) without a DOM.
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
});

const startLanguage = readStoredLanguage();
void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb } },
  lng: startLanguage,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes already.
});
// What the user reads for refusals and failures (see error-locales.ts), deep-merged.
i18n.addResourceBundle('nb', 'translation', errorMessagesNb, true, true);

/*
 * Norwegian, the default, comes with the shell; English is its own chunk, fetched when it is chosen
 * or was chosen last time, so the first page stays small (case 5 in docs/performance.md). Feature
 * bundles (defineLocales) carry both languages and are lazy already.
 */
let english: Promise<void> | undefined;
function loadEnglish(): Promise<void> {
  english ??= import('./english').then(
    ({ appEn, errorMessagesEn }) => {
      i18n.addResourceBundle('en', 'translation', appEn, true, true);
      i18n.addResourceBundle('en', 'translation', errorMessagesEn, true, true);
    },
    (error: unknown) => {
      english = undefined; // Another try next time the language is chosen.
      throw error;
    },
  );
  return english;
}

/** Resolves when the starting language's words are there: the app renders after it. */
export const i18nReady: Promise<void> =
  startLanguage === 'en'
    ? loadEnglish().catch(() => i18n.changeLanguage(DEFAULT_LANGUAGE).then(() => undefined))
    : Promise.resolve();

/** Switches the language, fetching its words first; a failed fetch keeps the current language. */
export async function switchLanguage(lng: Language): Promise<void> {
  if (lng === 'en') await loadEnglish();
  await i18n.changeLanguage(lng);
}

export { i18n };

/**
 * The one way a feature brings its strings: `features/<name>/locales` defines its nb and en bundles
 * and exports the hook this returns. The strings join the app's translations (deep-merged under the
 * feature's own top-level key) the first time a component of the feature asks for them, so nothing
 * depends on an import being kept for its side effect.
 */
export function defineLocales<T extends object>(bundle: { nb: T; en: NoInfer<T> }) {
  let added = false;
  const register = () => {
    if (added) return;
    added = true;
    i18n.addResourceBundle('nb', 'translation', bundle.nb, true, false);
    i18n.addResourceBundle('en', 'translation', bundle.en, true, false);
  };
  return function useFeatureTranslation() {
    register();
    return useTranslation();
  };
}
