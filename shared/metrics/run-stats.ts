/**
 * Statistics of one bucket's run of values (see `forEachBucketRun`): linear time, in place,
 * so that a million rows need no sort and no Set.
 */

/** Median of `a[from, to)`, reordering that range; NaN for an empty range. Even counts average the two middle values. */
export function medianInPlace(a: Float64Array, from: number, to: number): number {
  const n = to - from;
  if (n <= 0) return NaN;
  const mid = from + (n >> 1);
  selectInPlace(a, from, to - 1, mid);
  const upper = a[mid] as number;
  if (n % 2 === 1) return upper;
  // After selection everything left of `mid` is ≤ a[mid]; the lower middle value is their maximum.
  let lower = -Infinity;
  for (let k = from; k < mid; k++) {
    const v = a[k] as number;
    if (v > lower) lower = v;
  }
  return (lower + upper) / 2;
}

/**
 * Reorders `a[left..right]` so that `a[k]` holds the value a full sort would put there, with
 * smaller-or-equal values before it and larger-or-equal after. Floyd and Rivest's selection
 * (1975): on long ranges it first narrows the range around a sample, so it compares about
 * 1.5 n times where plain quickselect needs about 3 n.
 */
export function selectInPlace(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      selectInPlace(
        a,
        Math.max(left, Math.floor(k - (m * s) / n + sd)),
        Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)),
        k,
      );
    }
    const t = a[k] as number;
    let i = left;
    let j = right;
    swap(a, left, k);
    if ((a[right] as number) > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/**
 * Distinct ids in `ids[from, to)`. `seen` holds one stamp per id; pass a `stamp` never used
 * before with the same `seen` array (e.g. bucket + 1), so it never needs clearing.
 */
export function countDistinct(ids: Uint32Array, from: number, to: number, seen: Uint32Array, stamp: number): number {
  let distinct = 0;
  for (let k = from; k < to; k++) {
    const id = ids[k] as number;
    if (seen[id] !== stamp) {
      seen[id] = stamp;
      distinct++;
    }
  }
  return distinct;
}
