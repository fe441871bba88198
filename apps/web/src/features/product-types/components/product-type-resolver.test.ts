import type { ProductTypeBody } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { productTypeResolver } from './product-type-resolver';

const validate = async (values: ProductTypeBody) =>
  (await productTypeResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false })).errors;

describe('product type form validation (contract schema through zodResolver)', () => {
  it('shows a field error for an empty name and for text typed where an account number belongs', async () => {
    const errors = await validate({ name: ' ', kind: 'sales', normalAccountNo: Number.NaN, reducedAccountNo: 3040 });
    expect(errors.name?.message).toBe('Oppgi et navn');
    expect(errors.normalAccountNo?.message).toBe('Velg en konto');
    expect(errors.reducedAccountNo).toBeUndefined();
  });

  it('puts the gift-card rule (one account only) on the reduced-rate field', async () => {
    const errors = await validate({ name: 'Gavekort', kind: 'gift_card', normalAccountNo: 2901, reducedAccountNo: 3040 });
    expect(errors.reducedAccountNo?.message).toContain('Et gavekort har bare én konto');
  });

  it('accepts a sales type with accounts not yet mapped', async () => {
    expect(await validate({ name: 'Mat', kind: 'sales', normalAccountNo: null, reducedAccountNo: null })).toEqual({});
  });
});
