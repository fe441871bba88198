import { describe, expect, it } from 'vitest';
import { i18n, i18nReady, switchLanguage } from './i18n';

/*
 * Norwegian is in the shell; English is fetched when chosen (src/lib/i18n.ts). What a user relies
 * on: after the switch every word is English, the app's and the error messages' alike, and back.
 */
describe('the language switch', () => {
  it('starts in Norwegian and brings the English words, error messages included, when English is chosen', async () => {
    await i18nReady;
    expect(i18n.language).toBe('nb');
    expect(i18n.t('problems.codes.poweroffice_unavailable')).toMatch(/^PowerOffice GO er ikke tilgjengelig/);

    await switchLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('problems.codes.poweroffice_unavailable')).toMatch(/^PowerOffice GO is not available/);
    expect(i18n.t('header.language')).toBe('Language');

    await switchLanguage('nb');
    expect(i18n.t('header.language')).toBe('Språk');
  });
});
