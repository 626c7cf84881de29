import type { Comparator } from '../model/enums';
import type { MetricKind } from '../model/metrics';
import { compare, compareRatio } from '../thresholds/compare';
import type { Observation } from './observations';
import type { JudgedObservation, ObservationOutcome, ObservationScope, PercentInterval } from './results';
import { studentTQuantile } from './student-t';
import { varianceFromSums } from './welch';
import { wilsonInterval } from './wilson';

/** What judging one observation needs of a criterion or trigger. */
export interface ObservationRule {
  readonly comparator: Comparator;
  readonly threshold: number;
  readonly minSample: number;
  readonly kind: MetricKind;
  /** Statistical confidence: proportions are judged on their whole 95% interval. */
  readonly confidence: boolean;
}

/**
 * Judges one observation against a rule. The order of the checks is the order of the
 * questions a reader asks: is there data, can the value be computed, is the sample big
 * enough, and only then which side of the threshold it falls on.
 */
export function judgeObservation(
  observation: Observation | null,
  rule: ObservationRule,
  scope: ObservationScope,
  group: string | null,
): JudgedObservation {
  const interval =
    observation === null ? null : rule.kind === 'proportion' ? percentInterval(observation) : rule.confidence && rule.kind === 'mean' ? meanInterval(observation) : null;
  return {
    scope,
    group,
    value: observation?.value ?? null,
    sample: observation?.sample ?? 0,
    successes: observation?.successes ?? null,
    trials: observation?.trials ?? null,
    interval,
    outcome: outcomeOf(observation, rule, interval),
    note: observation?.value === null ? (observation.whyNoValue ?? null) : null,
    ...(observation?.handRecorded ? { handRecorded: observation.handRecorded.source } : {}),
  };
}

function outcomeOf(observation: Observation | null, rule: ObservationRule, interval: PercentInterval | null): ObservationOutcome {
  if (observation === null) return 'no_data';
  const { value, sample } = observation;
  if (value === null) return sample > 0 ? 'no_value' : 'no_data';
  if (sample < rule.minSample) return 'too_small';
  const { comparator, threshold } = rule;
  if (rule.confidence && interval !== null) {
    // The interval is judged by its ends: both on the good side is a pass, both on the bad side
    // a fail, one each is "cannot conclude" — the same test for ≥, >, ≤ and <.
    const low = compare(interval.low, comparator, threshold);
    const high = compare(interval.high, comparator, threshold);
    if (low && high) return 'meets';
    if (!low && !high) return 'misses';
    return 'inconclusive';
  }
  return meetsRule(observation, comparator, threshold) ? 'meets' : 'misses';
}

/** Value against threshold, exactly when the observation carries its ratio (29 of 50 is 58%, not 57.99…). */
export function meetsRule(observation: Observation, comparator: Comparator, threshold: number): boolean {
  const { value, ratio } = observation;
  if (ratio !== undefined) return compareRatio(ratio.num, ratio.den, comparator, threshold);
  return value !== null && compare(value, comparator, threshold);
}

/**
 * The 95% t interval of a mean, mean ± t(0.975, n − 1) · s ÷ √n, when the observation carries the
 * spread behind it; null below 2 values or without a spread (then the value is judged as it is).
 */
export function meanInterval(observation: Observation): PercentInterval | null {
  const m = observation.moments;
  if (m === undefined || m.n < 2) return null;
  const variance = varianceFromSums(m.n, m.sum, m.sumOfSquares);
  if (variance === null) return null;
  const mean = m.sum / m.n;
  const half = studentTQuantile(0.975, m.n - 1) * Math.sqrt(variance / m.n);
  return { low: mean - half, high: mean + half };
}

/** The 95% Wilson interval in percent, when the observation carries usable counts. */
export function percentInterval(observation: Observation): PercentInterval | null {
  const { successes, trials } = observation;
  if (successes === null || trials === null) return null;
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials) return null;
  const interval = wilsonInterval(successes, trials);
  return interval && { low: interval.low * 100, high: interval.high * 100 };
}
