import { forEachBucketRun, type BucketInput, type BucketLayout } from './buckets';
import type { QualityColumns, SatisfactionColumns, TimedColumns, UsageColumns } from './columns';
import { joinDictionaries } from './global-ids';
import type { Placement } from './placement';
import { countDistinct, medianInPlace } from './run-stats';
import type { ValueSums } from './aggregate-value';

/**
 * Per-bucket figures of each dated kind (see `buckets.ts` for what a bucket is), computed on
 * each bucket's contiguous run of values: local accumulators, sequential memory.
 */

export interface PlacedImport<C extends TimedColumns> {
  readonly columns: C;
  readonly placement: Placement;
  /** Global group id per group code of this import. */
  readonly groupMap: Uint32Array;
  /** False when group breakdowns are off. */
  readonly grouped: boolean;
}

export interface UsageSums {
  readonly rows: Uint32Array;
  readonly activeUsers: Uint32Array;
}

export interface QualitySums {
  readonly outputs: Uint32Array;
  readonly underLimit: Uint32Array;
  readonly sum: Float64Array;
  /** Σ share²: with the count and the sum, the variance Welch's interval needs against a baseline. */
  readonly sumOfSquares: Float64Array;
  readonly median: Float64Array;
  /** Time saved, when any output's minutes by hand are known (aggregate-value.ts). */
  readonly value?: ValueSums | null;
}

export interface SatisfactionSums {
  readonly ratings: Uint32Array;
  readonly sum: Float64Array;
  /** Σ rating², for the variance of the mean rating (Welch's interval against a baseline). */
  readonly sumOfSquares: Float64Array;
  readonly topTwo: Uint32Array;
  readonly users: Uint32Array;
}

/** Stands in for the user of a row that is no activity (a use count of 0). */
const NOT_ACTIVE = 0xffffffff;

/** Usage rows and distinct active users (a use count of 0 is a row, not activity). */
export function aggregateUsage(imports: readonly PlacedImport<UsageColumns>[], layout: BucketLayout): UsageSums {
  const rows = new Uint32Array(layout.bucketCount);
  const activeUsers = new Uint32Array(layout.bucketCount);
  const users = joinDictionaries(imports.map((imp) => imp.columns.user));
  const seen = new Uint32Array(users.names.length);
  const inputs = imports.map((imp, k) => input(imp, imp.columns.user.codes, users.maps[k] ?? null, inactiveRows(imp.columns)));
  forEachBucketRun(inputs, layout, new Uint32Array(4 * rowsOf(imports)), NOT_ACTIVE, (b, ids, from, to) => {
    rows[b] = to - from;
    let distinct = 0;
    for (let k = from; k < to; k++) {
      const id = ids[k] as number;
      if (id !== NOT_ACTIVE && seen[id] !== b + 1) {
        seen[id] = b + 1;
        distinct++;
      }
    }
    activeUsers[b] = distinct;
  });
  return { rows, activeUsers };
}

/** Outputs, outputs strictly under the limit, and the sum and median of editing shares. */
export function aggregateQuality(
  imports: readonly PlacedImport<QualityColumns>[],
  layout: BucketLayout,
  editingShareLimit: number,
): QualitySums {
  const outputs = new Uint32Array(layout.bucketCount);
  const underLimit = new Uint32Array(layout.bucketCount);
  const sum = new Float64Array(layout.bucketCount);
  const sumOfSquares = new Float64Array(layout.bucketCount);
  const median = new Float64Array(layout.bucketCount).fill(NaN);
  const inputs = imports.map((imp) => input(imp, imp.columns.editingShare, null, null));
  forEachBucketRun(inputs, layout, new Float64Array(4 * rowsOf(imports)), NaN, (b, values, from, to) => {
    let under = 0;
    let total = 0;
    let squares = 0;
    for (let k = from; k < to; k++) {
      const v = values[k] as number;
      total += v;
      squares += v * v;
      if (v < editingShareLimit) under++;
    }
    outputs[b] = to - from;
    underLimit[b] = under;
    sum[b] = total;
    sumOfSquares[b] = squares;
    median[b] = medianInPlace(values, from, to);
  });
  return { outputs, underLimit, sum, sumOfSquares, median };
}

/** Ratings, their sum, ratings of 4–5 and distinct raters. */
export function aggregateSatisfaction(
  imports: readonly PlacedImport<SatisfactionColumns>[],
  layout: BucketLayout,
): SatisfactionSums {
  const ratings = new Uint32Array(layout.bucketCount);
  const sum = new Float64Array(layout.bucketCount);
  const sumOfSquares = new Float64Array(layout.bucketCount);
  const topTwo = new Uint32Array(layout.bucketCount);
  const users = new Uint32Array(layout.bucketCount);
  const scratch = new Uint32Array(4 * rowsOf(imports));
  forEachBucketRun(imports.map((imp) => input(imp, imp.columns.rating, null, null)), layout, scratch, 0, (b, values, from, to) => {
    let total = 0;
    let squares = 0;
    let top = 0;
    for (let k = from; k < to; k++) {
      const r = values[k] as number;
      total += r;
      squares += r * r;
      if (r >= 4) top++;
    }
    ratings[b] = to - from;
    sum[b] = total;
    sumOfSquares[b] = squares;
    topTwo[b] = top;
  });
  const ids = joinDictionaries(imports.map((imp) => imp.columns.user));
  const seen = new Uint32Array(ids.names.length);
  const byUser = imports.map((imp, k) => input(imp, imp.columns.user.codes, ids.maps[k] ?? null, null));
  forEachBucketRun(byUser, layout, scratch, 0, (b, values, from, to) => {
    users[b] = countDistinct(values, from, to, seen, b + 1);
  });
  return { ratings, sum, sumOfSquares, topTwo, users };
}

function input(
  imp: PlacedImport<TimedColumns>,
  values: BucketInput['values'],
  valueMap: Uint32Array | null,
  exclude: Uint8Array | null,
): BucketInput {
  const groupCodes = imp.grouped ? (imp.columns.group?.codes ?? null) : null;
  return { placement: imp.placement, groupCodes, groupMap: imp.groupMap, values, valueMap, exclude };
}

/** Rows with a use count of 0 (or less): present in the log, but not activity. */
function inactiveRows(columns: UsageColumns): Uint8Array | null {
  const uses = columns.uses;
  if (uses === null) return null;
  const out = new Uint8Array(uses.length);
  for (let i = 0; i < uses.length; i++) if ((uses[i] as number) <= 0) out[i] = 1;
  return out;
}

function rowsOf(imports: readonly PlacedImport<TimedColumns>[]): number {
  return imports.reduce((sum, imp) => sum + imp.columns.rowCount, 0);
}
