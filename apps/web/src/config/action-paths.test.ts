import { describe, expect, it } from 'vitest';
import { attentionActionPath, exportDayPath } from './action-paths';

describe('where an open problem is fixed', () => {
  it('opens Eksport at one department and business day', () => {
    expect(exportDayPath('d-1', '2026-02-04')).toBe('/export?from=2026-02-04&to=2026-02-04&department=d-1');
  });

  it('maps each action to its page, and in-place actions to none', () => {
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
    expect(attentionActionPath({ type: 'link_products' })).toBe('/customers#product-links');
    expect(attentionActionPath({ type: 'open_order', orderId: 'o 1' })).toBe('/orders/o%201');
    expect(
      attentionActionPath({ type: 'retry_day', departmentId: 'd', businessDay: '2026-02-04' }),
    ).toBeNull();
    expect(attentionActionPath({ type: 'send_order_again', orderId: 'o' })).toBeNull();
  });
});
