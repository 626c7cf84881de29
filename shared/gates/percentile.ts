/**
 * The nearest-rank percentile: the smallest value with at least p% of the values at or below
 * it (p95 latency of 20 requests is the 19th smallest). Chosen over interpolation because it is
 * always a value that was really observed, as monitoring tools report it.
 *
 * Runs in linear time on average (quickselect on a copy), so a million latencies need no sort.
 * Returns null for no values; throws a RangeError for p outside (0, 100] or a NaN value.
 */
export function nearestRankPercentile(values: ArrayLike<number>, p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`Percentile must be above 0 and at most 100 (got ${p})`);
  const n = values.length;
  if (n === 0) return null;
  const copy = Float64Array.from(values);
  if (copy.some(Number.isNaN)) throw new RangeError('Cannot take a percentile of a missing (NaN) value');
  return select(copy, percentileRank(n, p) - 1);
}

/**
 * The 1-based rank ⌈p·n/100⌉. p·n/100 is computed as a decimal would be: 95 × 20 / 100 is
 * exactly 19, but 99.9 × 1000 / 100 is 999.0000000000001 in floating point, whose ceiling would
 * skip a rank — so a result within 1e-9 of a whole number is read as that number.
 */
export function percentileRank(n: number, p: number): number {
  const raw = (p * n) / 100;
  const nearest = Math.round(raw);
  const rank = Math.abs(raw - nearest) < 1e-9 * Math.max(1, raw) ? nearest : Math.ceil(raw);
  return Math.min(n, Math.max(1, rank));
}

/** The k-th smallest (0-based) of `a`, rearranging `a` (Hoare's quickselect, middle pivot). */
function select(a: Float64Array, k: number): number {
  // Indices stay within 0…length−1 by construction; `?? NaN` only satisfies the index check.
  const at = (i: number): number => a[i] ?? Number.NaN;
  let left = 0;
  let right = a.length - 1;
  while (left < right) {
    const pivot = at((left + right) >>> 1);
    let i = left;
    let j = right;
    while (i <= j) {
      while (at(i) < pivot) i++;
      while (at(j) > pivot) j--;
      if (i <= j) {
        const swap = at(i);
        a[i] = at(j);
        a[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return at(k);
  }
  return at(k);
}
