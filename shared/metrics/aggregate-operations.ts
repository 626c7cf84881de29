import { percentileRank } from '../gates/percentile';
import type { PlacedImport } from './aggregate';
import { forEachBucketRun, type BucketInput, type BucketLayout } from './buckets';
import { NO_DAY, type OperationsColumns } from './columns';
import { selectInPlace } from './run-stats';

/**
 * Per-bucket sums of operations files (see `buckets.ts`). Every rate is a ratio of sums — errors ÷
 * requests over the rows that report errors — so a day of 10 requests and a day of 10,000 weigh as
 * their requests do, never as two equal daily rates. A row that leaves a measure empty is left out
 * of that measure's numerator and denominator alike.
 */
export interface OperationsSums {
  readonly rows: Uint32Array;
  readonly requests: Float64Array;
  /** Requests of the rows that report errors, and their errors. */
  readonly errorRequests: Float64Array;
  readonly errors: Float64Array;
  /** Requests of the rows with a latency, and Σ latency × requests (a row's mean latency weighs by its requests). */
  readonly latencyRequests: Float64Array;
  readonly latencySum: Float64Array;
  /** Σ latency² over rows of one request: the spread Welch's interval needs (meaningful only without aggregated rows). */
  readonly latencySumOfSquares: Float64Array;
  /** Rows with a latency that stand for more than one request: their latency is a mean, so no percentile. */
  readonly aggregatedLatencyRows: Uint32Array;
  /** Nearest-rank 95th percentile of single-request latencies; NaN when there are none. */
  readonly p95: Float64Array;
  readonly costRequests: Float64Array;
  readonly cost: Float64Array;
  readonly escalationRequests: Float64Array;
  readonly escalations: Float64Array;
  readonly thumbsUp: Float64Array;
  readonly thumbsDown: Float64Array;
  /** First and last dated day with rows (NO_DAY when none): the days a throughput is spread over. */
  readonly firstDay: Int32Array;
  readonly lastDay: Int32Array;
}

export function aggregateOperations(imports: readonly PlacedImport<OperationsColumns>[], layout: BucketLayout): OperationsSums {
  const n = layout.bucketCount;
  const f64 = (): Float64Array => new Float64Array(n);
  const sums = {
    rows: new Uint32Array(n),
    requests: f64(),
    errorRequests: f64(),
    errors: f64(),
    latencyRequests: f64(),
    latencySum: f64(),
    latencySumOfSquares: f64(),
    aggregatedLatencyRows: new Uint32Array(n),
    p95: f64().fill(NaN),
    costRequests: f64(),
    cost: f64(),
    escalationRequests: f64(),
    escalations: f64(),
    thumbsUp: f64(),
    thumbsDown: f64(),
    firstDay: new Int32Array(n).fill(NO_DAY),
    lastDay: new Int32Array(n).fill(NO_DAY),
  };
  const buckets = new Int32Array(4);
  for (const imp of imports) addImport(imp, layout, sums, buckets);
  percentiles(imports, layout, sums.p95);
  return sums;
}

type Mutable = { -readonly [P in keyof OperationsSums]: OperationsSums[P] };

/** Adds one import's rows to their two or four buckets each (week, stage total, and both in the row's group). */
function addImport(imp: PlacedImport<OperationsColumns>, layout: BucketLayout, s: Mutable, b: Int32Array): void {
  const { stride, cellBase } = layout;
  const { stage, week } = imp.placement;
  const c = imp.columns;
  const groupCodes = imp.grouped && stride > 1 ? (c.group?.codes ?? null) : null;
  const nan = (column: Float64Array | null, i: number): number => (column === null ? NaN : (column[i] as number));
  for (let i = 0; i < c.rowCount; i++) {
    const st = stage[i] as number;
    if (st < 0) continue;
    const total = (cellBase[st] as number) * stride;
    b[0] = total;
    b[1] = total + (week[i] as number) * stride;
    let count = 2;
    const g = groupCodes === null ? 0 : (imp.groupMap[groupCodes[i] as number] as number);
    if (g > 0) {
      b[2] = b[0] + g;
      b[3] = b[1] + g;
      count = 4;
    }
    const requests = c.requests[i] as number;
    const errors = nan(c.errors, i);
    const latency = nan(c.latency, i);
    const cost = nan(c.cost, i);
    const escalations = nan(c.escalations, i);
    const up = nan(c.thumbsUp, i);
    const down = nan(c.thumbsDown, i);
    const day = c.day === null ? NO_DAY : (c.day[i] as number);
    for (let k = 0; k < count; k++) {
      const x = b[k] as number;
      s.rows[x] = (s.rows[x] as number) + 1;
      s.requests[x] = (s.requests[x] as number) + requests;
      if (!Number.isNaN(errors)) {
        s.errorRequests[x] = (s.errorRequests[x] as number) + requests;
        s.errors[x] = (s.errors[x] as number) + errors;
      }
      if (!Number.isNaN(latency)) {
        s.latencyRequests[x] = (s.latencyRequests[x] as number) + requests;
        s.latencySum[x] = (s.latencySum[x] as number) + latency * requests;
        if (requests === 1) s.latencySumOfSquares[x] = (s.latencySumOfSquares[x] as number) + latency * latency;
        else s.aggregatedLatencyRows[x] = (s.aggregatedLatencyRows[x] as number) + 1;
      }
      if (!Number.isNaN(cost)) {
        s.costRequests[x] = (s.costRequests[x] as number) + requests;
        s.cost[x] = (s.cost[x] as number) + cost;
      }
      if (!Number.isNaN(escalations)) {
        s.escalationRequests[x] = (s.escalationRequests[x] as number) + requests;
        s.escalations[x] = (s.escalations[x] as number) + escalations;
      }
      if (!Number.isNaN(up)) s.thumbsUp[x] = (s.thumbsUp[x] as number) + up;
      if (!Number.isNaN(down)) s.thumbsDown[x] = (s.thumbsDown[x] as number) + down;
      if (day !== NO_DAY) {
        if (s.firstDay[x] === NO_DAY || day < (s.firstDay[x] as number)) s.firstDay[x] = day;
        if (day > (s.lastDay[x] as number)) s.lastDay[x] = day;
      }
    }
  }
}

/** p95 per bucket from the latencies of single requests (a mean of an hour is no request's latency). */
function percentiles(imports: readonly PlacedImport<OperationsColumns>[], layout: BucketLayout, p95: Float64Array): void {
  const inputs: BucketInput[] = [];
  let rows = 0;
  for (const imp of imports) {
    const { latency, requests } = imp.columns;
    if (latency === null) continue;
    const exclude = new Uint8Array(imp.columns.rowCount);
    for (let i = 0; i < exclude.length; i++) if (requests[i] !== 1 || Number.isNaN(latency[i] as number)) exclude[i] = 1;
    const groupCodes = imp.grouped ? (imp.columns.group?.codes ?? null) : null;
    inputs.push({ placement: imp.placement, groupCodes, groupMap: imp.groupMap, values: latency, valueMap: null, exclude });
    rows += imp.columns.rowCount;
  }
  if (inputs.length === 0) return;
  forEachBucketRun(inputs, layout, new Float64Array(4 * rows), NaN, (bucket, values, from, to) => {
    let end = from;
    for (let k = from; k < to; k++) {
      const v = values[k] as number;
      if (!Number.isNaN(v)) values[end++] = v;
    }
    const count = end - from;
    if (count === 0) return;
    const at = from + percentileRank(count, 95) - 1;
    selectInPlace(values, from, end - 1, at);
    p95[bucket] = values[at] as number;
  });
}
