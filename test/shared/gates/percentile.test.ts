import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRankPercentile, percentileRank } from '../../../shared/gates/percentile';

/** The oracle: sort, then take rank ⌈permille · n / 1000⌉ in whole-number arithmetic. */
function sortedOracle(values: readonly number[], permille: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.floor((permille * values.length + 999) / 1000));
  const value = sorted[rank - 1];
  if (value === undefined) throw new Error('rank out of range');
  return value;
}

describe('nearestRankPercentile', () => {
  it.each([
    [[15, 20, 35, 40, 50], 30, 20],
    [[15, 20, 35, 40, 50], 40, 20],
    [[15, 20, 35, 40, 50], 50, 35],
    [[15, 20, 35, 40, 50], 100, 50],
    [[3, 6, 7, 8, 8, 10, 13, 15, 16, 20], 25, 7],
    [[3, 6, 7, 8, 8, 10, 13, 15, 16, 20], 75, 15],
    [Array.from({ length: 20 }, (_, i) => 20 - i), 95, 19],
    [[120], 95, 120],
  ])('%j at p%d → %d', (values, p, expected) => {
    // The first three rows are the worked example of the nearest-rank method in
    // Wikipedia's "Percentile" article (p30 = 20, p40 = 20, p50 = 35, p100 = 50).
    expect(nearestRankPercentile(values, p)).toBe(expected);
  });

  it('agrees with sorting, for any values and percentile', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 1000 }),
        (values, permille) => {
          expect(nearestRankPercentile(values, permille / 10)).toBe(sortedOracle(values, permille));
        },
      ),
    );
  });

  it('agrees with sorting on many repeated values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 1000 }), (values, permille) => {
        expect(nearestRankPercentile(values, permille / 10)).toBe(sortedOracle(values, permille));
      }),
    );
  });

  it('leaves the input untouched', () => {
    const values = [5, 1, 4, 2, 3];
    nearestRankPercentile(values, 50);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it('has no percentile of nothing', () => {
    expect(nearestRankPercentile([], 95)).toBeNull();
  });

  it.each([0, -5, 100.5, Number.NaN])('rejects percentile %d', (p) => {
    expect(() => nearestRankPercentile([1, 2], p)).toThrow(RangeError);
  });

  it('rejects a missing value rather than sorting it somewhere', () => {
    expect(() => nearestRankPercentile([1, Number.NaN, 2], 50)).toThrow(/NaN/);
  });

  it('reads 99.9% of 1000 as rank 999, not 1000', () => {
    expect(percentileRank(1000, 99.9)).toBe(999);
  });
});
