import { describe, expect, it } from 'vitest';
import { rateLimitFloorMs } from './transfer';

describe('rateLimitFloorMs', () => {
  it('lets the first window of requests go at once and each further window one second later', () => {
    expect(rateLimitFloorMs(1, 10, 50)).toBe(50);
    expect(rateLimitFloorMs(10, 10, 50)).toBe(50);
    expect(rateLimitFloorMs(11, 10, 50)).toBe(1050);
    expect(rateLimitFloorMs(375, 10, 50)).toBe(37_050);
  });

  it('is zero when nothing had to be sent', () => {
    expect(rateLimitFloorMs(0)).toBe(0);
  });
});
