import type { Placement } from './placement';

/**
 * Aggregates live in flat typed arrays indexed by bucket = cell × stride + group.
 * A cell is one stage week, or a stage's whole run (week slot 0); group slot 0 is "all groups".
 * So every placed row belongs to four buckets: its week, its week in its group, its stage
 * total, its stage total in its group (two when it has no group).
 */
export interface BucketLayout {
  /** Groups + 1; 1 when group breakdowns are off. */
  readonly stride: number;
  readonly cellBase: Int32Array;
  /** Weeks per stage (the highest week with data in any kind). */
  readonly weeks: Int32Array;
  readonly cellCount: number;
  readonly bucketCount: number;
}

/** Beyond this many buckets the group breakdown is dropped (a sign that a wrong column was mapped as group). */
export const MAX_BUCKETS = 4_000_000;

export function bucketLayout(weeksPerStage: Int32Array, groupCount: number): BucketLayout {
  const cellBase = new Int32Array(weeksPerStage.length);
  let cellCount = 0;
  weeksPerStage.forEach((weeks, s) => {
    cellBase[s] = cellCount;
    cellCount += weeks + 1;
  });
  const stride = groupCount + 1;
  return { stride, cellBase, weeks: weeksPerStage, cellCount, bucketCount: cellCount * stride };
}

/** One import's rows as the bucket pass reads them. */
export interface BucketInput {
  readonly placement: Placement;
  /** The import's group codes, or null when it has no group column or breakdowns are off. */
  readonly groupCodes: Uint32Array | null;
  /** Global group id (1-based) per group code; 0 for "no group". */
  readonly groupMap: Uint32Array;
  /** Per-row values: floats, or dictionary codes translated through `valueMap`. */
  readonly values: Float64Array | Uint32Array | Uint8Array;
  readonly valueMap: Uint32Array | null;
  /** Rows whose value is replaced by `excluded` (still counted as rows of their buckets). */
  readonly exclude: Uint8Array | null;
}

/**
 * Gathers the values of every bucket into one contiguous run of `scratch` — a counting sort
 * over all four levels at once: two passes over the rows, no per-row objects, no comparison
 * sort — and calls `visit` once per non-empty bucket. Runs are sequential memory, so the
 * per-bucket statistics (sums, medians, distinct users) are tight loops.
 * `scratch` must hold four values per row of all inputs.
 */
export function forEachBucketRun<T extends Float64Array | Uint32Array>(
  inputs: readonly BucketInput[],
  layout: BucketLayout,
  scratch: T,
  excluded: number,
  visit: (bucket: number, values: T, from: number, to: number) => void,
): void {
  const { stride, cellBase, bucketCount } = layout;
  // Both passes below walk the same two or four buckets per row; the loops are written out
  // twice rather than shared through a callback, which V8 would not inline (3× slower).
  const start = new Uint32Array(bucketCount + 1);
  for (const { placement, groupCodes, groupMap } of inputs) {
    const { stage, week } = placement;
    const grouped = groupCodes !== null && stride > 1;
    for (let i = 0; i < stage.length; i++) {
      const s = stage[i] as number;
      if (s < 0) continue;
      const total = (cellBase[s] as number) * stride + 1;
      const weekly = total + (week[i] as number) * stride;
      start[weekly] = (start[weekly] as number) + 1;
      start[total] = (start[total] as number) + 1;
      const g = grouped ? (groupMap[(groupCodes as Uint32Array)[i] as number] as number) : 0;
      if (g > 0) {
        start[weekly + g] = (start[weekly + g] as number) + 1;
        start[total + g] = (start[total + g] as number) + 1;
      }
    }
  }
  for (let b = 0; b < bucketCount; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);

  const cursor = start.slice(0, bucketCount);
  for (const { placement, groupCodes, groupMap, values, valueMap, exclude } of inputs) {
    const { stage, week } = placement;
    const grouped = groupCodes !== null && stride > 1;
    for (let i = 0; i < stage.length; i++) {
      const s = stage[i] as number;
      if (s < 0) continue;
      const raw = values[i] as number;
      const v = exclude !== null && exclude[i] === 1 ? excluded : valueMap === null ? raw : (valueMap[raw] as number);
      const total = (cellBase[s] as number) * stride;
      const weekly = total + (week[i] as number) * stride;
      scratch[cursor[weekly] as number] = v;
      cursor[weekly] = (cursor[weekly] as number) + 1;
      scratch[cursor[total] as number] = v;
      cursor[total] = (cursor[total] as number) + 1;
      const g = grouped ? (groupMap[(groupCodes as Uint32Array)[i] as number] as number) : 0;
      if (g > 0) {
        scratch[cursor[weekly + g] as number] = v;
        cursor[weekly + g] = (cursor[weekly + g] as number) + 1;
        scratch[cursor[total + g] as number] = v;
        cursor[total + g] = (cursor[total + g] as number) + 1;
      }
    }
  }
  for (let b = 0; b < bucketCount; b++) {
    const from = start[b] as number;
    const to = start[b + 1] as number;
    if (to > from) visit(b, scratch, from, to);
  }
}
