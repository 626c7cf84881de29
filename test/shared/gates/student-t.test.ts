import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularizedBeta, studentTCdf, studentTQuantile } from '../../../shared/gates/student-t';

describe('studentTQuantile', () => {
  // Source: NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2 "Critical values of the
  // Student's t distribution" (three decimals), upper-tail 0.025, 0.05 and 0.005 columns.
  it.each([
    [1, 0.975, 12.706],
    [2, 0.975, 4.303],
    [3, 0.975, 3.182],
    [4, 0.975, 2.776],
    [5, 0.975, 2.571],
    [10, 0.975, 2.228],
    [18, 0.975, 2.101],
    [20, 0.975, 2.086],
    [30, 0.975, 2.042],
    [60, 0.975, 2.0],
    [100, 0.975, 1.984],
    [1, 0.95, 6.314],
    [10, 0.95, 1.812],
    [1, 0.995, 63.657],
    [10, 0.995, 3.169],
  ])('table: df %d, p %d → %d', (df, p, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 3);
  });

  // Source: scipy 1.17.1, stats.t.ppf(p, df), six decimals — the fractional degrees of freedom
  // Welch–Satterthwaite produces, which printed tables do not carry.
  it.each([
    [2.5, 0.975, 3.574655],
    [7.5, 0.975, 2.33304],
    [19.665937, 0.975, 2.088237],
    [1.470588, 0.975, 6.188116],
    [120, 0.975, 1.97993],
  ])('scipy: df %d, p %d → %d', (df, p, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 5);
  });

  // Exact closed forms: df 1 is the Cauchy distribution, t = tan(π(p − ½)); df 2 has
  // t = (2p − 1) ÷ √(2p(1 − p)). Both independent of the incomplete beta route.
  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 6);
        expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 8);
      }),
    );
  });

  it('approaches the normal quantile for very many degrees of freedom', () => {
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
  });

  it('inverts the distribution function', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.5, max: 500, noNaN: true }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
      }),
    );
  });

  it.each([
    [0, 5],
    [1, 5],
    [0.5, 0],
    [0.975, Number.NaN],
    [0.975, Number.POSITIVE_INFINITY],
  ])('rejects p %d with df %d', (p, df) => {
    expect(() => studentTQuantile(p, df)).toThrow(RangeError);
  });
});

describe('regularizedBeta', () => {
  // Closed forms: I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b.
  it.each([
    [0.3, 1, 1, 0.3],
    [0.3, 2, 1, 0.09],
    [0.3, 1, 3, 1 - 0.7 ** 3],
    [0.5, 2.5, 2.5, 0.5],
    [0, 2, 3, 0],
    [1, 2, 3, 1],
  ])('I_%d(%d, %d) = %d', (x, a, b, expected) => {
    expect(regularizedBeta(x, a, b)).toBeCloseTo(expected, 12);
  });
});
