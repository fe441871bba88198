import { i18n } from '@/lib/i18n';
import { en, nb } from './locales';

/**
 * Deep-merges the feature's strings into the app's bundles. A function the page calls: the
 * package is side-effect free, so a bare import would be dropped by the bundler.
 */
export function registerExportLocales(): void {
  i18n.addResourceBundle('nb', 'translation', nb, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}
