import type { PlacedImport } from './aggregate';
import type { BucketLayout } from './buckets';
import type { ReviewColumns, ShadowColumns, TimedColumns } from './columns';

/**
 * Per-bucket counts of review logs and shadow comparisons (see `buckets.ts`): plain counts, so
 * every rate is a ratio of totals over the period, never a mean of weekly or per-reviewer rates.
 */
export interface ReviewSums {
  readonly reviews: Uint32Array;
  readonly approved: Uint32Array;
  readonly edited: Uint32Array;
  readonly rejected: Uint32Array;
  /** Reviews with minutes, and their sum. */
  readonly timed: Uint32Array;
  readonly minutes: Float64Array;
}

export interface ShadowSums {
  readonly cases: Uint32Array;
  readonly matches: Uint32Array;
}

/** Calls `visit(row, bucket)` for each of the two or four buckets of every placed row. */
function forEachRowBucket(imp: PlacedImport<TimedColumns>, layout: BucketLayout, visit: (row: number, bucket: number) => void): void {
  const { stride, cellBase } = layout;
  const { stage, week } = imp.placement;
  const groupCodes = imp.grouped && stride > 1 ? (imp.columns.group?.codes ?? null) : null;
  for (let i = 0; i < imp.columns.rowCount; i++) {
    const s = stage[i] as number;
    if (s < 0) continue;
    const total = (cellBase[s] as number) * stride;
    const weekly = total + (week[i] as number) * stride;
    visit(i, total);
    visit(i, weekly);
    const g = groupCodes === null ? 0 : (imp.groupMap[groupCodes[i] as number] as number);
    if (g > 0) {
      visit(i, total + g);
      visit(i, weekly + g);
    }
  }
}

export function aggregateReviews(imports: readonly PlacedImport<ReviewColumns>[], layout: BucketLayout): ReviewSums {
  const n = layout.bucketCount;
  const sums = {
    reviews: new Uint32Array(n),
    approved: new Uint32Array(n),
    edited: new Uint32Array(n),
    rejected: new Uint32Array(n),
    timed: new Uint32Array(n),
    minutes: new Float64Array(n),
  };
  const byDecision = [sums.approved, sums.edited, sums.rejected];
  for (const imp of imports) {
    const { decision, minutes } = imp.columns;
    forEachRowBucket(imp, layout, (i, b) => {
      sums.reviews[b] = (sums.reviews[b] as number) + 1;
      const counts = byDecision[decision[i] as number] as Uint32Array;
      counts[b] = (counts[b] as number) + 1;
      const m = minutes === null ? NaN : (minutes[i] as number);
      if (!Number.isNaN(m)) {
        sums.timed[b] = (sums.timed[b] as number) + 1;
        sums.minutes[b] = (sums.minutes[b] as number) + m;
      }
    });
  }
  return sums;
}

export function aggregateShadow(imports: readonly PlacedImport<ShadowColumns>[], layout: BucketLayout): ShadowSums {
  const cases = new Uint32Array(layout.bucketCount);
  const matches = new Uint32Array(layout.bucketCount);
  for (const imp of imports) {
    const match = imp.columns.match;
    forEachRowBucket(imp, layout, (i, b) => {
      cases[b] = (cases[b] as number) + 1;
      matches[b] = (matches[b] as number) + (match[i] as number);
    });
  }
  return { cases, matches };
}
