import { createInstance, type TFunction } from 'i18next';
import { en } from '@/locales/en';
import { nb } from '@/locales/nb';

/** A private i18next instance with the real resources, for unit tests without a DOM. */
export async function createTestT(): Promise<Record<'nb' | 'en', TFunction>> {
  const i18n = createInstance();
  await i18n.init({ resources: { nb: { translation: nb }, en: { translation: en } }, lng: 'nb' });
  return { nb: i18n.getFixedT('nb'), en: i18n.getFixedT('en') };
}
