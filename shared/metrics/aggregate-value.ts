import type { PlacedImport } from './aggregate';
import { forEachBucketRun, type BucketLayout } from './buckets';
import type { QualityColumns } from './columns';
import { joinDictionaries } from './global-ids';

/**
 * Time saved per output (issue 10, SPEC §5 "value delivered"): the minutes the task takes by hand
 * minus the minutes spent editing the AI's output. A row's own minutes by hand win; without them,
 * the plan's "a task takes N minutes by hand" stands in, and the row's editing share gives the
 * editing minutes (share × N ÷ 100, which is what the share means). A row with neither is left
 * out — its time saved is unknown, never assumed.
 */

/** Per-bucket sums of the time saved, in the layout of `buckets.ts`. */
export interface ValueSums {
  /** Outputs whose time saved is known, Σ minutes saved and Σ minutes saved². */
  readonly outputs: Uint32Array;
  readonly minutes: Float64Array;
  readonly minutesSquares: Float64Array;
  /**
   * User-weeks with a known time saved (a user with outputs in a week), Σ hours saved per
   * user-week and Σ of their squares. A stage total is the sum over its weeks: each user-week
   * counts once, never a user's whole stage as one value.
   */
  readonly userWeeks: Uint32Array;
  readonly userWeekHours: Float64Array;
  readonly userWeekHoursSquares: Float64Array;
}

/** Minutes saved per row; NaN where unknown. Null when no row of the import has a known value. */
export function minutesSavedOf(columns: QualityColumns, manualMinutesPerTask: number | null): Float64Array | null {
  const editing = columns.editingMinutes ?? null;
  const manual = columns.manualMinutes ?? null;
  if (manual === null && manualMinutesPerTask === null) return null;
  const out = new Float64Array(columns.rowCount);
  let known = 0;
  for (let i = 0; i < out.length; i++) {
    const byHand = manual === null ? NaN : (manual[i] as number);
    const edited = editing === null ? NaN : (editing[i] as number);
    let saved: number;
    if (!Number.isNaN(byHand) && !Number.isNaN(edited)) saved = byHand - edited;
    else if (manualMinutesPerTask !== null) saved = manualMinutesPerTask * (1 - (columns.editingShare[i] as number) / 100);
    else saved = NaN;
    out[i] = saved;
    if (!Number.isNaN(saved)) known++;
  }
  return known === 0 ? null : out;
}

/**
 * The time-saved sums of every bucket, or null when no row anywhere has a known time saved (then
 * the metrics say "enter how long the task takes by hand").
 */
export function aggregateValue(
  imports: readonly PlacedImport<QualityColumns>[],
  layout: BucketLayout,
  manualMinutesPerTask: number | null,
): ValueSums | null {
  const saved = imports.map((imp) => minutesSavedOf(imp.columns, manualMinutesPerTask));
  if (saved.every((s) => s === null)) return null;
  const count = layout.bucketCount;
  const sums: ValueSums = {
    outputs: new Uint32Array(count),
    minutes: new Float64Array(count),
    minutesSquares: new Float64Array(count),
    userWeeks: new Uint32Array(count),
    userWeekHours: new Float64Array(count),
    userWeekHoursSquares: new Float64Array(count),
  };
  const rows = imports.reduce((n, imp) => n + imp.columns.rowCount, 0);
  const unknown = (k: number): Float64Array => new Float64Array(imports[k]?.columns.rowCount ?? 0).fill(NaN);
  const input = (imp: PlacedImport<QualityColumns>, values: Float64Array | Uint32Array, valueMap: Uint32Array | null) => ({
    placement: imp.placement,
    groupCodes: imp.grouped ? (imp.columns.group?.codes ?? null) : null,
    groupMap: imp.groupMap,
    values,
    valueMap,
    exclude: null,
  });

  // Two passes over the same layout and row order: the k-th value of a bucket's run is the same
  // row in both, so the minutes of pass one pair with the users of pass two.
  const minutes = new Float64Array(4 * rows);
  const runFrom = new Int32Array(count).fill(-1);
  const runTo = new Int32Array(count);
  forEachBucketRun(imports.map((imp, k) => input(imp, saved[k] ?? unknown(k), null)), layout, minutes, NaN, (b, values, from, to) => {
    let n = 0;
    let total = 0;
    let squares = 0;
    for (let k = from; k < to; k++) {
      const v = values[k] as number;
      if (Number.isNaN(v)) continue;
      n++;
      total += v;
      squares += v * v;
    }
    sums.outputs[b] = n;
    sums.minutes[b] = total;
    sums.minutesSquares[b] = squares;
    runFrom[b] = from;
    runTo[b] = to;
  });

  const users = joinDictionaries(imports.map((imp) => imp.columns.user));
  const userIds = new Uint32Array(4 * rows);
  const seen = new Uint32Array(users.names.length);
  const perUser = new Float64Array(users.names.length);
  const touched = new Uint32Array(users.names.length);
  const weekly = weeklyBuckets(layout);
  forEachBucketRun(imports.map((imp, k) => input(imp, imp.columns.user.codes, users.maps[k] ?? null)), layout, userIds, 0, (b, ids, from, to) => {
    if (weekly[b] !== 1 || runFrom[b] !== from || runTo[b] !== to) return;
    let distinct = 0;
    for (let k = from; k < to; k++) {
      const v = minutes[k] as number;
      if (Number.isNaN(v)) continue;
      const id = ids[k] as number;
      if (seen[id] !== b + 1) {
        seen[id] = b + 1;
        perUser[id] = 0;
        touched[distinct++] = id;
      }
      perUser[id] = (perUser[id] as number) + v;
    }
    let total = 0;
    let squares = 0;
    for (let u = 0; u < distinct; u++) {
      const hours = (perUser[touched[u] as number] as number) / 60;
      total += hours;
      squares += hours * hours;
    }
    sums.userWeeks[b] = distinct;
    sums.userWeekHours[b] = total;
    sums.userWeekHoursSquares[b] = squares;
  });
  addWeeksIntoTotals(sums, layout);
  return sums;
}

/** 1 for the buckets of a stage week (week slot ≥ 1), 0 for a stage's whole-run buckets. */
function weeklyBuckets(layout: BucketLayout): Uint8Array {
  const out = new Uint8Array(layout.bucketCount);
  layout.cellBase.forEach((base, s) => {
    const weeks = layout.weeks[s] as number;
    out.fill(1, (base + 1) * layout.stride, (base + 1 + weeks) * layout.stride);
  });
  return out;
}

function addWeeksIntoTotals(sums: ValueSums, layout: BucketLayout): void {
  const { stride } = layout;
  layout.cellBase.forEach((base, s) => {
    const weeks = layout.weeks[s] as number;
    for (let g = 0; g < stride; g++) {
      const total = base * stride + g;
      for (let w = 1; w <= weeks; w++) {
        const b = (base + w) * stride + g;
        sums.userWeeks[total] = (sums.userWeeks[total] as number) + (sums.userWeeks[b] as number);
        sums.userWeekHours[total] = (sums.userWeekHours[total] as number) + (sums.userWeekHours[b] as number);
        sums.userWeekHoursSquares[total] = (sums.userWeekHoursSquares[total] as number) + (sums.userWeekHoursSquares[b] as number);
      }
    }
  });
}
