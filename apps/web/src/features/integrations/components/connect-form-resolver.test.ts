import type { ConnectIntegrationBody } from '@qo/contracts';
import { createInstance } from 'i18next';
import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { getFieldErrorMessage } from '@/lib/field-error-message';
import { en as appEn } from '@/locales/en';
import { nb as appNb } from '@/locales/nb';
import { en, nb } from '../locales';
import { connectResolver } from './connect-form-resolver';

const i18n = createInstance();
await i18n.init({ resources: { nb: { translation: appNb }, en: { translation: appEn } }, lng: 'nb' });
i18n.addResourceBundle('nb', 'translation', nb, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
const t = { nb: i18n.getFixedT('nb'), en: i18n.getFixedT('en') };

async function validate(values: ConnectIntegrationBody): Promise<FieldErrors<ConnectIntegrationBody>> {
  return (await connectResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false })).errors;
}

describe('connect form validation (contract schema through zodResolver)', () => {
  it('gives a field error for a missing key and an impossible slot, in both languages', async () => {
    const errors = await validate({ slot: 10, clientKey: '   ' });
    expect(Object.keys(errors).sort()).toEqual(['clientKey', 'slot']);
    expect(getFieldErrorMessage('clientKey', errors.clientKey, t.nb)).toBe(
      'Lim inn klientnøkkelen fra PowerOffice GO',
    );
    expect(getFieldErrorMessage('clientKey', errors.clientKey, t.en)).toBe(
      'Paste the client key from PowerOffice GO',
    );
    expect(getFieldErrorMessage('slot', errors.slot, t.en)).toBe('Choose an application key');
  });

  it('accepts a slot and a pasted key', async () => {
    expect(await validate({ slot: 3, clientKey: '36ea716d-007b-4688-b28c-7c1cdf758f6f' })).toEqual({});
  });
});
