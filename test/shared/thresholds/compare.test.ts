import { describe, expect, it } from 'vitest';
import { compare, compareRatio, decimalOf, ratioSign } from '../../../shared/thresholds/compare';

describe('decimalOf: the decimal a threshold was typed as', () => {
  it.each([
    [58, 58n, 1n],
    [33.3, 333n, 10n],
    [0.1, 1n, 10n],
    [-2.5, -25n, 10n],
    [1e-7, 1n, 10_000_000n],
    [1e21, 1_000_000_000_000_000_000_000n, 1n],
  ])('%d is %d / %d', (x, num, den) => {
    expect(decimalOf(x)).toEqual({ num, den });
  });

  it.each([NaN, Infinity, -Infinity])('%d has none', (x) => {
    expect(decimalOf(x)).toBeNull();
  });
});

describe('compareRatio: scale × num ÷ den against a threshold, exactly', () => {
  it.each([
    // 29 of 50 is exactly 58%, though (29 / 50) × 100 is 57.99999999999999.
    [29, 50, '>=', 58, 100, true],
    [29, 50, '>', 58, 100, false],
    [29, 50, '<=', 58, 100, true],
    [29, 50, '<', 58, 100, false],
    [11, 20, '<=', 55, 100, true],
    [333, 1000, '>=', 33.3, 100, true],
    [1, 3, '>=', 33.3, 100, true],
    [1, 3, '<=', 33.3, 100, false],
    [41, 10, '>=', 4.1, 1, true],
    [0, 5, '<', 0.0001, 100, true],
  ] as const)('%d/%d %s %d (scale %d) is %s', (num, den, comparator, threshold, scale, expected) => {
    expect(compareRatio(num, den, comparator, threshold, scale)).toBe(expected);
  });

  it.each([
    [1, 0],
    [1.5, 2],
    [Number.MAX_SAFE_INTEGER + 2, 3],
  ])('%d/%d is not an exact ratio, and falls back to the tolerant comparison', (num, den) => {
    expect(ratioSign(num, den, 50)).toBeNull();
  });
});

describe('compare: float noise from a division is a tie, a real difference is not', () => {
  it.each([
    [(29 / 50) * 100, '>=', 58, true],
    [(29 / 50) * 100, '<', 58, false],
    [0.1 + 0.2, '<=', 0.3, true],
    [57.99, '>=', 58, false],
    [58.0000001, '>', 58, true],
    [2.9999999, '<', 3, true],
    [0, '<=', 0, true],
  ] as const)('%d %s %d is %s', (value, comparator, target, expected) => {
    expect(compare(value, comparator, target)).toBe(expected);
  });
});
