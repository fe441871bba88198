import { describe, expect, it } from 'vitest';
import { allocateByWeights, divRoundHalfAwayFromZero, formatKroner, prorateOre, sumOre } from './money';

describe('øre arithmetic', () => {
  it('rounds halves away from zero, also for negative amounts', () => {
    expect(divRoundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(divRoundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(divRoundHalfAwayFromZero(7n, 3n)).toBe(2n);
    expect(divRoundHalfAwayFromZero(-7n, 3n)).toBe(-2n);
    expect(divRoundHalfAwayFromZero(5n, -2n)).toBe(-3n);
  });

  it('prorates T × S_on / S with half-øre rounding away from zero', () => {
    expect(prorateOre(101, 1, 2)).toBe(51); // 50,5 → 51
    expect(prorateOre(-101, 1, 2)).toBe(-51); // a return: −50,5 → −51
    expect(prorateOre(28700, 10000, 28700)).toBe(10000);
    expect(prorateOre(100, 1, 3)).toBe(33);
    expect(prorateOre(-100, 2, 3)).toBe(-67);
  });

  it('stays exact where a float product would pass 2^53', () => {
    const big = 9_000_000_000_000; // 90 billion kr
    expect(prorateOre(big, big - 1, big)).toBe(big - 1);
  });

  it('allocates by largest remainder, earlier index first on a tie, parts adding up exactly', () => {
    expect(allocateByWeights(10000, [18900, 9800])).toEqual([6585, 3415]);
    expect(allocateByWeights(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateByWeights(-100, [1, 1, 1])).toEqual([-33, -33, -34]);
    // −2,5 and 2,5 floor to −3 and 2; the missing øre goes to the earlier of the tied remainders.
    expect(allocateByWeights(5, [10, -5, 5])).toEqual([5, -2, 2]);
    const parts = allocateByWeights(99999, [3, 7, 11, 13]);
    expect(sumOre(parts)).toBe(99999);
  });

  it('refuses amounts that are not integer øre', () => {
    expect(() => sumOre([1, 0.5])).toThrow(RangeError);
  });

  it('formats kroner the Norwegian way', () => {
    expect(formatKroner(200000)).toBe('2 000,00');
    expect(formatKroner(-50)).toBe('−0,50');
  });
});
