import { i18n } from '@/lib/i18n';
import { en, nb } from './locales';

// Deep-merged into the app's bundles, so the feature owns its strings.
i18n.addResourceBundle('nb', 'translation', nb, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
