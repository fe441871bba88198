import { describe, expect, it } from 'vitest';
import { newPosRowId } from './pos-ids';

describe('POS row ids', () => {
  it('are RFC 9562 version 7 uuids, increasing in creation order (appended at the right edge of the indexes)', () => {
    const ids = Array.from({ length: 5000 }, () => newPosRowId());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
