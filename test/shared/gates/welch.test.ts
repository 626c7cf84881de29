import { describe, expect, it } from 'vitest';
import { varianceFromSums, welchInterval, type MeanSummary } from '../../../shared/gates/welch';

/** n, mean and sample variance of a list, as the metrics layer will supply them. */
function summary(values: readonly number[]): MeanSummary {
  const n = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  const squares = values.reduce((a, b) => a + b * b, 0);
  return { n, mean: sum / n, variance: varianceFromSums(n, sum, squares) ?? Number.NaN };
}

describe('welchInterval', () => {
  // Source: scipy 1.17.1, stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95) and
  // its .df, six decimals; means and variances cross-checked with Python's `statistics` module.
  // "equal n, equal variance" also checks by hand: ν = 2(n − 1) = 18 exactly, se = √(2 × 9.1667 / 10)
  // = 1.35401, and t(0.975, 18) = 2.101 from the NIST table gives −1 ± 2.845 (−3.845 to 1.845).
  it.each([
    ['ratings', [4, 5, 4, 3, 5, 4, 4, 5, 3, 4, 5, 4], [4, 4, 3, 3, 4, 5, 3, 4, 4, 3], 0.466667, 19.665937, -0.154509, 1.087842],
    ['unequal spread', [4.1, 4.3, 3.9, 4.4, 4.0], [3.0, 5.0, 2.5, 4.5, 3.5, 4.0, 2.0, 5.0], 0.4525, 7.732929, -0.500531, 1.405531],
    ['equal n, equal variance', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], -1, 18, -3.844662, 1.844662],
    ['two values each', [1, 3], [2, 6], -2, 1.470588, -15.837046, 11.837046],
    ['editing shares', [12.5, 8.0, 30.0, 5.5, 14.0, 9.5, 22.0], [18.0, 25.5, 40.0, 12.0, 33.0, 28.5], -11.666667, 9.97048, -23.405638, 0.072305],
  ])('%s', (_label, first, second, difference, df, low, high) => {
    const interval = welchInterval(summary(first), summary(second));
    expect(interval).not.toBeNull();
    expect(interval?.difference).toBeCloseTo(difference, 5);
    expect(interval?.df).toBeCloseTo(df, 5);
    expect(interval?.low).toBeCloseTo(low, 5);
    expect(interval?.high).toBeCloseTo(high, 5);
  });

  it.each([
    ['one value on a side', { n: 1, mean: 4, variance: 0 }, { n: 5, mean: 4, variance: 1 }],
    ['no spread on either side', { n: 5, mean: 4, variance: 0 }, { n: 5, mean: 4, variance: 0 }],
    ['a negative variance', { n: 5, mean: 4, variance: -1 }, { n: 5, mean: 4, variance: 1 }],
    ['a fractional count', { n: 4.5, mean: 4, variance: 1 }, { n: 5, mean: 4, variance: 1 }],
    ['a missing mean', { n: 5, mean: Number.NaN, variance: 1 }, { n: 5, mean: 4, variance: 1 }],
  ])('gives no interval with %s', (_label, first, second) => {
    expect(welchInterval(first, second)).toBeNull();
  });

  it('still judges when only one side has spread', () => {
    const interval = welchInterval({ n: 5, mean: 4, variance: 0 }, { n: 5, mean: 3.5, variance: 0.5 });
    // ν = n2 − 1 = 4 when the first side has no spread; t(0.975, 4) = 2.776 (NIST table).
    expect(interval?.df).toBeCloseTo(4, 10);
    expect(interval?.high).toBeCloseTo(0.5 + 2.776445 * Math.sqrt(0.1), 5);
  });
});

describe('varianceFromSums', () => {
  it.each([
    [[4, 4, 4], 0],
    [[1, 2, 3, 4], 1.666667],
    [[3, 5], 2],
  ])('%j → %d', (values, expected) => {
    const sum = values.reduce((a, b) => a + b, 0);
    const squares = values.reduce((a, b) => a + b * b, 0);
    expect(varianceFromSums(values.length, sum, squares)).toBeCloseTo(expected, 6);
  });

  it('has no variance below two values', () => {
    expect(varianceFromSums(1, 4, 16)).toBeNull();
  });
});
