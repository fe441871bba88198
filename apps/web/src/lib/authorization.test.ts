import { describe, expect, it } from 'vitest';
import { canAccess, canEditMappings } from './authorization';

describe('mapping permissions', () => {
  it('let the owner and the accountant change the mappings, and not staff', () => {
    expect(canEditMappings('owner')).toBe(true);
    expect(canEditMappings('accountant')).toBe(true);
    expect(canEditMappings('staff')).toBe(false);
    expect(canEditMappings(undefined)).toBe(false);
  });

  it('keep staff out of the mapping pages altogether', () => {
    for (const area of ['productTypes', 'vatCodes', 'paymentTypes', 'setup'] as const)
      expect(canAccess('staff', area)).toBe(false);
  });
});
