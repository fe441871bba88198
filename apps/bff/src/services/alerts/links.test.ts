import { describe, expect, it } from 'vitest';
import { actionPath, problemLink } from './links';

describe('links in alert e-mails', () => {
  it('lead to the page each action opens in the web app', () => {
    expect(actionPath({ type: 'retry_day', departmentId: 'd-1', businessDay: '2026-01-05' })).toBe(
      '/export?from=2026-01-05&to=2026-01-05&department=d-1',
    );
    expect(actionPath({ type: 'open_export_day', departmentId: 'd 2', businessDay: '2026-01-05' })).toBe(
      '/export?from=2026-01-05&to=2026-01-05&department=d+2',
    );
    expect(actionPath({ type: 'fix_mapping', page: 'product_types', ref: 'pt-1' })).toBe(
      '/product-types?focus=pt-1',
    );
    expect(actionPath({ type: 'fix_mapping', page: 'payment_types', ref: null })).toBe('/payment-types');
    expect(actionPath({ type: 'fix_mapping', page: 'vat_codes', ref: '25' })).toBe('/vat-codes?focus=25');
    expect(actionPath({ type: 'fix_mapping', page: 'rounding_account', ref: null })).toBe(
      '/vat-codes?focus=rounding',
    );
    expect(actionPath({ type: 'open_integration', departmentId: 'd-1' })).toBe('/integrations');
    expect(actionPath({ type: 'send_order_again', orderId: 'o/1' })).toBe('/orders/o%2F1');
    expect(actionPath({ type: 'open_order', orderId: 'o-1' })).toBe('/orders/o-1');
    expect(actionPath({ type: 'link_customer', customerId: 'c-1' })).toBe('/customers');
    expect(actionPath({ type: 'link_products' })).toBe('/customers#product-links');
  });

  it('use the first action, under the public address', () => {
    const actions = [{ type: 'open_order' as const, orderId: 'o-1' }, { type: 'link_products' as const }];
    expect(problemLink('https://backoffice.example', actions)).toBe('https://backoffice.example/orders/o-1');
    expect(problemLink('https://backoffice.example', [])).toBe('https://backoffice.example/');
  });
});
