import { i18n } from '@/lib/i18n';
import { en, nb } from './locales';

/**
 * Deep-merges the feature's strings into the app's bundles. A function the page calls, not an
 * import for its side effect: the package is marked side-effect free, so the bundler would drop
 * a bare `import './register-locales'`.
 */
export function registerIntegrationsLocales(): void {
  i18n.addResourceBundle('nb', 'translation', nb, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}
