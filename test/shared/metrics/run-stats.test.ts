import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDistinct, medianInPlace, selectInPlace } from '../../../shared/metrics/run-stats';

describe('selection and median', () => {
  // Lengths past 600 take Floyd–Rivest's sampling step; few distinct values stress the ties.
  const values = fc.oneof(
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 3000 }),
    fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3000 }),
  );

  it('puts the k-th smallest value at k, smaller before, larger after', () => {
    fc.assert(
      fc.property(values, fc.nat(), (list, pick) => {
        const a = Float64Array.from(list);
        const k = pick % a.length;
        selectInPlace(a, 0, a.length - 1, k);
        const sorted = Float64Array.from(list).sort();
        expect(a[k]).toBe(sorted[k]);
        for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k] as number);
        for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k] as number);
      }),
      { numRuns: 200 },
    );
  });

  it('the median of a sub-range equals the sorted middle (mean of the two middles for even counts)', () => {
    fc.assert(
      fc.property(values, fc.nat(), fc.nat(), (list, x, y) => {
        const from = x % list.length;
        const to = from + 1 + (y % (list.length - from));
        const sorted = list.slice(from, to).sort((p, q) => p - q);
        const mid = sorted.length >> 1;
        const expected = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
        expect(medianInPlace(Float64Array.from(list), from, to)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('is linear on sorted values (date-ordered logs): it touches each value a few times, not n times', () => {
    // Counted, not timed: every read and write of the array goes through the proxy, which stops the
    // selection once it has done more than 20 per value (a quadratic one would do n / 2 per value).
    const n = 100_000;
    const limit = 20 * n;
    let touches = 0;
    const count = () => {
      if (++touches > limit) throw new Error(`more than ${limit} reads and writes for ${n} values`);
    };
    const values = Float64Array.from({ length: n }, (_, i) => i / 10);
    const counted = new Proxy(values, {
      get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) && count(), Reflect.get(target, key)),
      set: (target, key, value) => (typeof key === 'string' && /^\d+$/.test(key) && count(), Reflect.set(target, key, value)),
    });
    expect(medianInPlace(counted, 0, n)).toBe(4999.95);
    expect(touches).toBeGreaterThan(n);
  });

  it('counts distinct ids per stamp without clearing', () => {
    const seen = new Uint32Array(10);
    const ids = Uint32Array.of(3, 3, 5, 7, 5, 3);
    expect(countDistinct(ids, 0, 6, seen, 1)).toBe(3);
    expect(countDistinct(ids, 1, 3, seen, 2)).toBe(2);
  });
});
