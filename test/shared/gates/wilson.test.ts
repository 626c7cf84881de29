import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonForRate, wilsonInterval } from '../../../shared/gates/wilson';

/** Interval in percent to two decimals, the precision the stage view prints. */
function percent(successes: number, trials: number): [string, string] | null {
  const interval = wilsonInterval(successes, trials);
  return interval && [(interval.low * 100).toFixed(2), (interval.high * 100).toFixed(2)];
}

describe('wilsonInterval', () => {
  // Reference values: the 95% Wilson score interval, checked by hand with z = 1.959964.
  it.each([
    [0, 10, '0.00', '27.75'],
    [5, 10, '23.66', '76.34'],
    [10, 10, '72.25', '100.00'],
    [2, 5, '11.76', '76.93'],
    [4, 5, '37.55', '96.38'],
    [5, 5, '56.55', '100.00'],
    [8, 10, '49.02', '94.33'],
    [1, 5, '3.62', '62.45'],
    [0, 1, '0.00', '79.35'],
    [150, 200, '68.57', '80.49'],
  ])('%d of %d → %s–%s%%', (k, n, low, high) => {
    expect(percent(k, n)).toEqual([low, high]);
  });

  it('gives no interval for zero trials: no observation is not a 0–100% measurement', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('pins the exact ends: all failures start at 0, all successes end at 100%', () => {
    expect(wilsonInterval(0, 7)?.low).toBe(0);
    expect(wilsonInterval(7, 7)?.high).toBe(1);
  });

  it.each([
    [6, 5, /More successes than trials/],
    [-1, 5, /whole numbers/],
    [1.5, 5, /whole numbers/],
    [1, Number.NaN, /whole numbers/],
  ])('rejects %s of %s', (k, n, message) => {
    expect(() => wilsonInterval(k, n)).toThrow(message);
  });

  it('always contains the observed rate and stays within 0–100%', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const interval = wilsonInterval(k, n);
        expect(interval).not.toBeNull();
        if (!interval) return;
        expect(interval.low).toBeGreaterThanOrEqual(0);
        expect(interval.high).toBeLessThanOrEqual(1);
        expect(interval.low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(interval.high).toBeGreaterThanOrEqual(k / n - 1e-12);
      }),
    );
  });

  it('is symmetric: the interval of k failures mirrors the interval of k successes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const a = wilsonInterval(k, n);
        const b = wilsonInterval(n - k, n);
        expect(a?.low).toBeCloseTo(1 - (b?.high ?? 0), 12);
      }),
    );
  });
});

describe('wilsonForRate', () => {
  it('narrows as the sample grows at a fixed rate (what sample planning relies on)', () => {
    for (const p of [0, 0.02, 0.3, 0.5, 0.65, 0.97, 1]) {
      let previous = wilsonForRate(p, 1);
      for (let n = 2; n <= 2000; n++) {
        const current = wilsonForRate(p, n);
        expect(current.low).toBeGreaterThanOrEqual(previous.low - 1e-12);
        expect(current.high).toBeLessThanOrEqual(previous.high + 1e-12);
        previous = current;
      }
    }
  });
});
