import { describe, expect, it } from 'vitest';
import {
  attentionActionPath,
  customerOrdersPath,
  exportDayPath,
  fixTargetPath,
  homePathFor,
  loginPath,
  orderPath,
  safeRedirectTarget,
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
    expect(fixTargetPath('/product-types', 'pt-1')).toBe('/product-types?focus=pt-1');
    expect(fixTargetPath('/payment-types', 'a b')).toBe('/payment-types?focus=a+b');
    expect(fixTargetPath('/vat-codes', '25')).toBe('/vat-codes?focus=25');
  });

  it('sends the rounding account to its row on Momskoder and never leaves the app', () => {
    expect(fixTargetPath('/accounting-settings')).toBe('/vat-codes?focus=rounding');
    expect(fixTargetPath('/integrations', '2026-01-31')).toBe('/integrations');
    expect(fixTargetPath('//evil.example')).toBe('/');
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

  it('opens Eksport at one department and business day', () => {
    expect(exportDayPath('d-1', '2026-02-04')).toBe('/export?from=2026-02-04&to=2026-02-04&department=d-1');
  });

  it('maps each open problem action to its page, and in-place actions to none', () => {
    expect(
      attentionActionPath({ type: 'open_export_day', departmentId: 'd', businessDay: '2026-02-04' }),
    ).toBe('/export?from=2026-02-04&to=2026-02-04&department=d');
    expect(attentionActionPath({ type: 'fix_mapping', page: 'product_types', ref: 'pt-1' })).toBe(
      '/product-types?focus=pt-1',
    );
    expect(attentionActionPath({ type: 'fix_mapping', page: 'rounding_account', ref: null })).toBe(
      '/vat-codes?focus=rounding',
    );
    expect(attentionActionPath({ type: 'open_setup_step', step: 'gift_cards' })).toBe('/payment-types');
    expect(attentionActionPath({ type: 'open_order', orderId: 'o 1' })).toBe('/orders/o%201');
    expect(
      attentionActionPath({ type: 'retry_day', departmentId: 'd', businessDay: '2026-02-04' }),
    ).toBeNull();
    expect(attentionActionPath({ type: 'send_order_again', orderId: 'o' })).toBeNull();
  });
});
