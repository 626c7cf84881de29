import type { MetricKind } from '../model/metrics';
import type { Observation } from './observations';
import type { DifferenceInterval } from './difference-interval';
import { newcombeInterval } from './newcombe';
import { varianceFromSums, welchInterval } from './welch';

/**
 * The arithmetic of a baseline comparison on two observations: the difference with its 95%
 * interval, and "everyone but the control group" as an observation of its own.
 */

/** Why no interval could be computed, in plain words; or the interval in the display unit. */
export type DifferenceOutcome = { readonly ok: true; readonly interval: DifferenceInterval } | { readonly ok: false; readonly why: string };

/**
 * The difference "this − baseline" with its 95% interval: Newcombe's hybrid score interval for
 * proportions (in percentage points), Welch's for means (in the metric's unit).
 */
export function differenceOf(kind: MetricKind, current: Observation, baseline: Observation): DifferenceOutcome {
  if (kind === 'proportion') {
    const { successes: s1, trials: t1 } = current;
    const { successes: s2, trials: t2 } = baseline;
    if (s1 === null || t1 === null || s2 === null || t2 === null || !wholeCounts(s1, t1) || !wholeCounts(s2, t2)) {
      return { ok: false, why: 'the counts behind one of the shares are not known' };
    }
    const interval = newcombeInterval(s1, t1, s2, t2);
    if (interval === null) return { ok: false, why: 'one side has no observations' };
    return { ok: true, interval: { difference: 100 * interval.difference, low: 100 * interval.low, high: 100 * interval.high } };
  }
  if (kind === 'mean') {
    const a = current.moments;
    const b = baseline.moments;
    if (a === undefined || b === undefined) return { ok: false, why: 'the spread of the values behind one of the means is not known' };
    if (a.n < 2 || b.n < 2) return { ok: false, why: 'each side needs at least 2 values to estimate its spread' };
    const interval = welchInterval(summaryOf(a.n, a.sum, a.sumOfSquares), summaryOf(b.n, b.sum, b.sumOfSquares));
    if (interval === null) return { ok: false, why: 'every value on both sides is identical, so there is no spread to judge the difference by' };
    return { ok: true, interval };
  }
  return { ok: false, why: 'counts are compared with fixed numbers, not with a baseline' };
}

function summaryOf(n: number, sum: number, sumOfSquares: number): { n: number; mean: number; variance: number } {
  return { n, mean: sum / n, variance: varianceFromSums(n, sum, sumOfSquares) ?? Number.NaN };
}

function wholeCounts(s: number, t: number): boolean {
  return Number.isInteger(s) && Number.isInteger(t) && s >= 0 && s <= t && t > 0;
}

/**
 * The stage without its control group: counts (or sums) of the whole stage minus those of the
 * group. Rows without a group count on this side. Null when nobody is left outside the group;
 * an observation without a value when the figures cannot be separated (a median, a share
 * without counts) or would be impossible (the group holds more than the whole).
 */
export function withoutGroup(kind: MetricKind, whole: Observation | null, group: Observation | null, groupName: string): Observation | null {
  if (whole === null) return null;
  if (group === null) return whole;
  const sample = whole.sample - group.sample;
  const cannot = (why: string): Observation => ({ value: null, successes: null, trials: null, sample: Math.max(0, sample), whyNoValue: why });
  if (kind === 'proportion' && whole.successes !== null && whole.trials !== null && group.successes !== null && group.trials !== null) {
    const successes = whole.successes - group.successes;
    const trials = whole.trials - group.trials;
    if (trials === 0 && successes === 0) return null;
    if (trials < 0 || successes < 0 || successes > trials) {
      return cannot(`The control group "${groupName}" holds more than the whole stage (check the enrolment per group), so the rest of the stage cannot be measured.`);
    }
    return { value: (100 * successes) / trials, successes, trials, sample, ratio: { num: 100 * successes, den: trials } };
  }
  if (kind === 'mean' && whole.moments !== undefined && group.moments !== undefined) {
    const n = whole.moments.n - group.moments.n;
    if (n === 0) return null;
    if (n < 0) return cannot(`The control group "${groupName}" holds more values than the whole stage.`);
    const sum = whole.moments.sum - group.moments.sum;
    const sumOfSquares = Math.max(0, whole.moments.sumOfSquares - group.moments.sumOfSquares);
    return { value: sum / n, successes: null, trials: null, sample, moments: { n, sum, sumOfSquares } };
  }
  return cannot(`This figure cannot be split into the control group "${groupName}" and the rest of the stage.`);
}
