import { describe, expect, it } from 'vitest';
import {
  customerOrdersPath,
  fixTargetPath,
  homePathFor,
  loginPath,
  orderPath,
  safeRedirectTarget,
  setupStepPath,
} from './paths';

describe('login redirects', () => {
  it('carries the wanted page to the login page and back', () => {
    const login = loginPath('/export?from=2026-03-01');
    const redirectTo = new URL(login, 'http://localhost').searchParams.get('redirectTo');
    expect(safeRedirectTarget(redirectTo)).toBe('/export?from=2026-03-01');
  });

  it('does not follow redirects to other sites', () => {
    expect(safeRedirectTarget('//evil.example/x')).toBeNull();
    expect(safeRedirectTarget('https://evil.example')).toBeNull();
    expect(safeRedirectTarget('/\\evil.example')).toBeNull();
  });
});

describe('where "Rett opp" leads', () => {
  it('opens the mapping page with the row that needs the fix focused', () => {
    expect(fixTargetPath({ kind: 'product-type', id: 'pt-1' })).toBe('/product-types?focus=pt-1');
    expect(fixTargetPath({ kind: 'payment-type', id: 'a b' })).toBe('/payment-types?focus=a+b');
    expect(fixTargetPath({ kind: 'vat-code', id: '25' })).toBe('/vat-codes?focus=25');
    expect(fixTargetPath({ kind: 'vat-code', id: null })).toBe('/vat-codes');
  });

  it('sends the rounding account to its row on Momskoder, and the rest to their pages', () => {
    expect(fixTargetPath({ kind: 'rounding-account' })).toBe('/vat-codes?focus=rounding');
    expect(fixTargetPath({ kind: 'connection' })).toBe('/integrations');
    expect(fixTargetPath({ kind: 'product-link' })).toBe('/customers#product-links');
    expect(fixTargetPath({ kind: 'customer-link' })).toBe('/customers');
  });

  it('builds customer and order links with their ids escaped', () => {
    expect(customerOrdersPath('c/1')).toBe('/customers/c%2F1/orders');
    expect(orderPath('o1')).toBe('/orders/o1');
  });
});

describe('Oversikt', () => {
  it('lands owners and accountants on Oversikt, staff on Kunder', () => {
    expect(homePathFor('owner')).toBe('/overview');
    expect(homePathFor('accountant')).toBe('/overview');
    expect(homePathFor('staff')).toBe('/customers');
  });
});

describe('the setup checklist', () => {
  it("sends each step to the guide's page for it", () => {
    expect(setupStepPath('business_hours')).toBe('/integrations');
    expect(setupStepPath('rounding_account')).toBe('/vat-codes');
    expect(setupStepPath('gift_cards')).toBe('/payment-types');
    expect(setupStepPath('product_links')).toBe('/customers#product-links');
  });
});
