import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newcombeInterval } from '../../../shared/gates/newcombe';

/** The interval to four decimals, the precision of Newcombe's tables. */
function rounded(x1: number, n1: number, x2: number, n2: number): [string, string] | null {
  const interval = newcombeInterval(x1, n1, x2, n2);
  return interval && [interval.low.toFixed(4), interval.high.toFixed(4)];
}

describe('newcombeInterval (hybrid score, method 10)', () => {
  // Source: Newcombe RG (1998), "Interval estimation for the difference between independent
  // proportions: comparison of eleven methods", Statistics in Medicine 17:873–890, Table II,
  // method 10, examples (a)–(h). Each was recomputed independently in Python (scipy 1.17.1's
  // norm.ppf(0.975) for z, the Wilson ends by formula) and agrees to the fourth decimal.
  it.each([
    ['(a)', 56, 70, 48, 80, '0.0524', '0.3339'],
    ['(b)', 9, 10, 3, 10, '0.1705', '0.8090'],
    ['(c)', 6, 7, 2, 7, '0.0582', '0.8062'],
    ['(d)', 5, 56, 0, 29, '-0.0381', '0.1926'],
    ['(e)', 0, 10, 0, 20, '-0.1611', '0.2775'],
    ['(f)', 0, 10, 0, 10, '-0.2775', '0.2775'],
    ['(g)', 10, 10, 0, 20, '0.6791', '1.0000'],
    ['(h)', 10, 10, 0, 10, '0.6075', '1.0000'],
  ])('example %s: %d/%d − %d/%d → %s to %s', (_label, x1, n1, x2, n2, low, high) => {
    expect(rounded(x1, n1, x2, n2)).toEqual([low, high]);
  });

  it('reports the observed difference as the centre figure', () => {
    expect(newcombeInterval(56, 70, 48, 80)?.difference).toBeCloseTo(0.8 - 0.6, 12);
  });

  it('gives no interval when a side has no trials', () => {
    expect(newcombeInterval(0, 0, 3, 10)).toBeNull();
    expect(newcombeInterval(3, 10, 0, 0)).toBeNull();
  });

  it.each([
    [11, 10, 3, 10],
    [1, 10, -1, 10],
    [1.5, 10, 3, 10],
  ])('rejects impossible counts %s/%s − %s/%s', (x1, n1, x2, n2) => {
    expect(() => newcombeInterval(x1, n1, x2, n2)).toThrow(RangeError);
  });

  it('mirrors when the sides swap, contains the difference and stays within −1 to 1', () => {
    const side = fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(side, side, ([x1, n1], [x2, n2]) => {
        const forward = newcombeInterval(x1, n1, x2, n2);
        const backward = newcombeInterval(x2, n2, x1, n1);
        if (!forward || !backward) throw new Error('expected intervals');
        expect(forward.low).toBeCloseTo(-backward.high, 12);
        expect(forward.high).toBeCloseTo(-backward.low, 12);
        expect(forward.low).toBeGreaterThanOrEqual(-1);
        expect(forward.high).toBeLessThanOrEqual(1);
        expect(forward.low).toBeLessThanOrEqual(forward.difference + 1e-12);
        expect(forward.high).toBeGreaterThanOrEqual(forward.difference - 1e-12);
      }),
    );
  });
});
