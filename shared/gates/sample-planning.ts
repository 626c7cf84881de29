import type { Comparator } from '../model/enums';
import { metricInfo } from '../model/metrics';
import type { Criterion, Stage } from '../model/schema';
import { compare } from '../thresholds/compare';
import { wilsonForRate, wilsonInterval } from './wilson';
import { formatCount } from '../format/format';
import { countOf, formatThreshold, formatValue } from './wording';

/**
 * What a planned sample allows (SPEC §4), said before the pilot starts: "with 5 users,
 * adoption must reach 5 of 5 for the interval to clear 50%; plan at least 43 users for a
 * conclusive result at the expected rate". All rates here are percentages (0–100).
 */

/** Beyond this a sample is not a plan: the expected rate sits too close to the threshold. */
export const MAX_PLANNED_SAMPLE = 10_000_000;

/** For ≥ / >: at least `successes` of `of`; for ≤ / <: at most `successes` of `of`. */
export interface SuccessesNeeded {
  readonly direction: 'at_least' | 'at_most';
  readonly successes: number;
  readonly of: number;
}

function upward(comparator: Comparator): boolean {
  return comparator === '>=' || comparator === '>';
}

/**
 * The successes out of `n` for which the 95% Wilson interval lies entirely on the passing side
 * of the threshold: the fewest for ≥ / > (the lower bound clears it), the most for ≤ / < (the
 * upper bound stays under it). Null when no count out of `n` is conclusive (or n is 0).
 */
export function successesNeeded(n: number, comparator: Comparator, threshold: number): SuccessesNeeded | null {
  if (!Number.isInteger(n) || n <= 0) return null;
  const clears = (k: number): boolean => {
    const interval = wilsonInterval(k, n);
    if (interval === null) return false;
    return compare((upward(comparator) ? interval.low : interval.high) * 100, comparator, threshold);
  };
  if (upward(comparator)) {
    // The lower bound grows with k: find the first k that clears.
    if (!clears(n)) return null;
    return { direction: 'at_least', successes: firstTrue(0, n, clears), of: n };
  }
  // The upper bound grows with k: find the last k that still stays under.
  if (!clears(0)) return null;
  return { direction: 'at_most', successes: firstTrue(0, n + 1, (k) => k > n || !clears(k)) - 1, of: n };
}

/**
 * The smallest sample for which a result at `expected` percent would be conclusive: its whole
 * interval on the passing side. Null when the expected rate is not on the passing side (no
 * sample makes it conclusive) or needs more than MAX_PLANNED_SAMPLE.
 */
export function conclusiveSampleSize(comparator: Comparator, threshold: number, expected: number): number | null {
  if (!compare(expected, comparator, threshold) || expected < 0 || expected > 100) return null;
  const p = expected / 100;
  // The Wilson interval narrows as n grows at a fixed rate, so "conclusive" is monotone in n.
  const conclusive = (n: number): boolean => {
    const { low, high } = wilsonForRate(p, n);
    return compare((upward(comparator) ? low : high) * 100, comparator, threshold);
  };
  if (!conclusive(MAX_PLANNED_SAMPLE)) return null;
  return firstTrue(1, MAX_PLANNED_SAMPLE, conclusive);
}

/**
 * The rate to plan for when the user gives none: 15 points better than the threshold, or
 * halfway to 100% (0%) when that is closer — "threshold + 15" would ask for 105% at a 90% gate.
 */
export function defaultExpectedRate(comparator: Comparator, threshold: number): number {
  return upward(comparator) ? Math.min(threshold + 15, (threshold + 100) / 2) : Math.max(threshold - 15, threshold / 2);
}

/** The planned sample of a criterion: enrolled users (or the audience's maximum) for users, else its minimum sample. */
export function plannedSample(stage: Stage, criterion: Criterion): number | null {
  if (metricInfo[criterion.metric].sampleUnit === 'users') {
    if (stage.enrolledUsers !== null && stage.enrolledUsers > 0) return stage.enrolledUsers;
    if (stage.audience.kind === 'users' && stage.audience.max > 0) return stage.audience.max;
    return null;
  }
  return criterion.minSample > 0 ? criterion.minSample : null;
}

export interface SamplePlan {
  readonly criterionId: string;
  readonly plannedSample: number | null;
  readonly needed: SuccessesNeeded | null;
  readonly expectedRate: number;
  readonly conclusiveSample: number | null;
  /** True when only a perfect (or impossible) result would be conclusive: the sample is too small to judge fairly. */
  readonly tooSmall: boolean;
  /** One or two sentences for the stage editor. */
  readonly sentence: string;
}

/**
 * What the planned sample allows for one criterion, for the stage editor; null for metrics
 * that are not proportions (means and counts have no Wilson interval).
 */
export function samplePlan(stage: Stage, criterion: Criterion, expectedRate?: number): SamplePlan | null {
  const info = metricInfo[criterion.metric];
  if (info.kind !== 'proportion') return null;
  const { comparator, threshold } = criterion;
  const n = plannedSample(stage, criterion);
  const expected = expectedRate ?? defaultExpectedRate(comparator, threshold);
  const needed = n === null ? null : successesNeeded(n, comparator, threshold);
  const conclusiveSample = conclusiveSampleSize(comparator, threshold, expected);
  const tooSmall =
    n !== null && (needed === null || needed.successes === (needed.direction === 'at_least' ? needed.of : 0));

  const what = info.label.charAt(0).toLowerCase() + info.label.slice(1);
  const side = upward(comparator) ? 'clear' : `stay ${comparator === '<' ? 'below' : 'at or below'}`;
  const target = formatThreshold(threshold, '%');
  let first: string;
  if (n === null) {
    first = `Set ${info.sampleUnit === 'users' ? 'the number of users enrolled in the stage' : 'a minimum sample'} to see what the sample allows`;
  } else if (needed === null) {
    const extreme = upward(comparator) ? `${formatCount(n)} of ${formatCount(n)}` : `0 of ${formatCount(n)}`;
    first = `With ${countOf(n, info.sampleUnit)}, even ${extreme} cannot ${side} ${target} with 95% confidence`;
  } else {
    const reach = needed.direction === 'at_least' ? `reach ${formatCount(needed.successes)} of ${formatCount(n)}` : `stay at ${formatCount(needed.successes)} of ${formatCount(n)} or fewer`;
    first = `With ${countOf(n, info.sampleUnit)}, ${what} must ${reach} for the 95% interval to ${side} ${target}`;
  }
  const rate = formatValue(expected, '%');
  const second =
    conclusiveSample === null
      ? `no sample size makes a result at the expected ${rate} conclusive`
      : `plan at least ${countOf(conclusiveSample, info.sampleUnit)} for a conclusive result at the expected ${rate}`;
  return {
    criterionId: criterion.id,
    plannedSample: n,
    needed,
    expectedRate: expected,
    conclusiveSample,
    tooSmall,
    sentence: `${first}; ${second}.`,
  };
}

/** The first integer in [lo, hi] where a monotone predicate (false… then true…) holds; hi when none before it. */
function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (predicate(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}
