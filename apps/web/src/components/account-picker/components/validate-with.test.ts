import { paymentTypeBodySchema, productTypeBodySchema } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { validateWith } from './validate-with';

const productType = validateWith(productTypeBodySchema);
const paymentType = validateWith(paymentTypeBodySchema);

describe('a mapping row checked by the contract schema, as the table shows it inline', () => {
  it('names an empty name and text typed where an account number belongs', () => {
    const errors = productType('x', {
      name: ' ',
      kind: 'sales',
      normalAccountNo: Number.NaN,
      reducedAccountNo: 3040,
    });
    expect(errors.name).toBe('Oppgi et navn');
    expect(errors.normalAccountNo).toBe('Velg en konto');
    expect(errors.reducedAccountNo).toBeUndefined();
  });

  it('puts the gift-card rule (one account only) on the reduced-rate field', () => {
    const errors = productType('x', {
      name: 'Gavekort',
      kind: 'gift_card',
      normalAccountNo: 2901,
      reducedAccountNo: 3040,
    });
    expect(errors.reducedAccountNo).toContain('Et gavekort har bare én konto');
  });

  it('accepts rows whose accounts are not chosen yet', () => {
    expect(
      productType('x', { name: 'Mat', kind: 'sales', normalAccountNo: null, reducedAccountNo: null }),
    ).toEqual({});
    expect(
      paymentType('y', { name: 'Kort', kind: 'card', accountNo: null, transferToAccounting: true }),
    ).toEqual({});
  });

  it('refuses a three-digit account number', () => {
    expect(
      paymentType('y', { name: 'Kort', kind: 'card', accountNo: 150, transferToAccounting: true }).accountNo,
    ).toBe('Kontonummer har minst fire sifre');
  });
});
