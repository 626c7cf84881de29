import type { Comparator } from '../model/enums';
import { metricInfo } from '../model/metrics';
import type { Criterion } from '../model/schema';
import { compare } from '../thresholds/compare';
import { allowedDifferenceText, baselineWordsPlain } from './baseline-wording';
import { studentTQuantile } from './student-t';
import { wilsonForRate } from './wilson';
import { formatCount } from '../format/format';
import { countOf, formatValue } from './wording';

/**
 * How many users (outputs, ratings…) per side a baseline comparison needs (SPEC §4), said
 * before the pilot starts. Planned for the case the lead hopes for: both sides equal. The
 * difference's 95% interval is then centred on 0, and the comparison is conclusive once the
 * interval's end on the allowed side stays within the margin: "not more than 0.2 below" needs
 * the lower end at −0.2 or above.
 */

/** Beyond this a per-side sample is not a plan. */
export const MAX_SIDE_SAMPLE = 10_000_000;

function upward(comparator: Comparator): boolean {
  return comparator === '>=' || comparator === '>';
}

/** Newcombe's interval for two observed rates (0–1) over n each: both sides at `p`. */
function newcombeHalfWidth(p: number, n: number): { low: number; high: number } {
  const w = wilsonForRate(p, n);
  // With equal sides, low = −√((p − l)² + (u − p)²) and high = +the same.
  const half = Math.hypot(p - w.low, w.high - p);
  return { low: -half, high: half };
}

/** The smallest n per side for which an equal result would be conclusive; null when none is (or beyond the cap). */
export function sidesNeeded(conclusive: (n: number) => boolean): number | null {
  if (!conclusive(MAX_SIDE_SAMPLE)) return null;
  let a = 2;
  let b = MAX_SIDE_SAMPLE;
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (conclusive(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}

export interface BaselinePlan {
  /** Per side, for an equal result to be conclusive; null when no sample makes it so. */
  readonly perSide: number | null;
  /** The assumption: the expected rate (percent) of both sides, or the expected spread (SD) of a mean. */
  readonly assumed: number;
  readonly assumption: 'rate' | 'spread';
  readonly sentence: string;
}

/** The default assumption: a 50% rate (the widest interval) or a spread of 1 rating / 15 points. */
export function defaultAssumption(criterion: Pick<Criterion, 'metric'>): number {
  const info = metricInfo[criterion.metric];
  if (info.kind === 'proportion') return 50;
  return info.unit === '/5' ? 1 : 15;
}

/**
 * The sample planner for a criterion with a baseline; null without one, or for a metric that
 * cannot be compared with a baseline. `assumed` is the expected rate of both sides (percent)
 * for shares, the expected standard deviation for means.
 */
export function baselinePlan(criterion: Criterion, assumed?: number): BaselinePlan | null {
  if (!criterion.baseline) return null;
  const info = metricInfo[criterion.metric];
  if (info.kind === 'count' || criterion.metric === 'median_editing_share') return null;
  const value = assumed ?? defaultAssumption(criterion);
  const { comparator, threshold } = criterion;
  const end = (interval: { low: number; high: number }): number => (upward(comparator) ? interval.low : interval.high);
  const proportion = info.kind === 'proportion';
  const conclusive = (n: number): boolean => {
    if (proportion) {
      const half = newcombeHalfWidth(value / 100, n);
      return compare(100 * end(half), comparator, threshold);
    }
    // Welch with equal n and spread: se = sd·√(2/n), ν = 2(n − 1).
    const half = studentTQuantile(0.975, 2 * (n - 1)) * value * Math.sqrt(2 / n);
    return compare(end({ low: -half, high: half }), comparator, threshold);
  };
  const possible = compare(0, comparator, threshold) && value >= 0 && (!proportion || value <= 100);
  const perSide = possible ? sidesNeeded(conclusive) : null;
  const assumption = proportion
    ? `both sides at ${formatValue(value, '%')}`
    : `both sides equal, with a spread (standard deviation) of ${formatValue(value, info.unit === '/5' ? '' : info.unit).trim()}`;
  const against = baselineWordsPlain(criterion.baseline);
  const allowed = `${comparatorAllowed(comparator)} ${allowedDifferenceText(threshold, info)}`;
  const sentence = !possible
    ? `The difference from ${against} must be ${allowed}: an equal result can never show that, so no sample makes it conclusive — allow a difference of 0 or one on the other side.`
    : perSide === null
      ? `No sample size makes an equal result conclusive against ${against} with a difference ${allowed} (${assumption}).`
      : `For the difference from ${against} to be conclusively ${allowed}, plan at least ${countOf(perSide, info.sampleUnit)} in this stage and ${formatCount(perSide)} ${criterion.baseline.kind === 'period' ? 'dated in the period' : 'in the baseline'} (${assumption}).`;
  return { perSide, assumed: value, assumption: proportion ? 'rate' : 'spread', sentence };
}

function comparatorAllowed(comparator: Comparator): string {
  return { '>=': 'at least', '>': 'above', '<=': 'at most', '<': 'below' }[comparator];
}
