import { posCashMovementSchema, posOrderSchema } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashCashMovement, hashContent, hashPosOrder } from './content-hash';

// Hashes already stored were made with hashContent(canonicalJson(...)); a resend must still match them.
describe('content hash of POS items', () => {
  it('hashes an order exactly as the canonical JSON of the parsed order', () => {
    const order = posOrderSchema.parse({
      payments: [
        { tip: 500, amount: 12000, paymentTypeId: 'card "1"' },
        { paymentTypeId: 'kontant', amount: -300 },
      ],
      lines: [
        {
          vatRate: 15,
          unitPrice: 4500,
          quantity: -2,
          productTypeId: 'mat',
          description: 'Smørbrød «dagens»\n\\',
        },
        { productTypeId: 'drikke', quantity: 1, unitPrice: 3900, discount: 400, vatRate: 25 },
      ],
      orderType: 'takeaway',
      id: '  K1-0001 ',
      closedAt: '2026-03-14T01:41:07+01:00',
    });
    const closedAt = '2026-03-14T00:41:07.000Z';
    expect(hashPosOrder(order, closedAt)).toBe(hashContent({ ...order, closedAt }));
    const withCustomer = { ...order, customerId: 'kunde-7' };
    expect(hashPosOrder(withCustomer, closedAt)).toBe(hashContent({ ...withCustomer, closedAt }));
    expect(hashPosOrder(withCustomer, closedAt)).not.toBe(hashPosOrder(order, closedAt));
  });

  it('hashes a cash movement exactly as the canonical JSON of the parsed movement', () => {
    const movement = posCashMovementSchema.parse({
      note: 'Veksel "morgen"',
      amount: 200000,
      kind: 'float',
      at: '2026-03-13T10:00:00+01:00',
      id: 'CM-1',
    });
    const at = '2026-03-13T09:00:00.000Z';
    expect(hashCashMovement(movement, at)).toBe(hashContent({ ...movement, at }));
  });

  it('writes keys sorted at every level', () => {
    expect(canonicalJson({ b: [{ d: 1, c: null }], a: 'x', z: undefined })).toBe(
      '{"a":"x","b":[{"c":null,"d":1}]}',
    );
  });
});
