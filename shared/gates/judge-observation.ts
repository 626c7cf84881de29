import type { Comparator } from '../model/enums';
import type { MetricKind } from '../model/metrics';
import { compare, compareRatio } from '../thresholds/compare';
import type { Observation } from './observations';
import type { JudgedObservation, ObservationOutcome, ObservationScope, PercentInterval } from './results';
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
  const interval = observation && rule.kind === 'proportion' ? percentInterval(observation) : null;
  const outcome = outcomeOf(observation, rule, interval);
  // A plan judges the same week of the same group once per criterion and trigger on its metric (hundreds
  // of thousands of judgements); what comes out depends on the rule only through the outcome, so judgements
  // equal in every field are one shared (read-only) object instead of thousands of copies to collect.
  const earlier = observation === null ? undefined : judgedByObservation.get(observation);
  if (earlier !== undefined) {
    for (const j of earlier) if (j.outcome === outcome && j.scope === scope && j.group === group && j.interval === interval) return j;
  }
  const judged: Writable<JudgedObservation> = {
    scope,
    group,
    value: observation?.value ?? null,
    sample: observation?.sample ?? 0,
    successes: observation?.successes ?? null,
    trials: observation?.trials ?? null,
    interval,
    outcome,
    note: observation?.value === null ? (observation.whyNoValue ?? null) : null,
  };
  // Added, not spread in: spreading makes each object the slow way.
  if (observation?.handRecorded) judged.handRecorded = observation.handRecorded.source;
  if (observation !== null) {
    if (earlier === undefined) judgedByObservation.set(observation, [judged]);
    else if (earlier.length < MAX_SHARED) earlier.push(judged);
  }
  return judged;
}

const judgedByObservation = new WeakMap<Observation, JudgedObservation[]>();
/** Outcomes × scopes an observation is seen with is a handful; the cap only bounds an odd caller. */
const MAX_SHARED = 12;

type Writable<T> = { -readonly [P in keyof T]: T[P] };

// Every criterion on a metric judges the same observations: each one's interval is worked out once.
const intervals = new WeakMap<Observation, PercentInterval | null>();

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

/** The 95% Wilson interval in percent, when the observation carries usable counts. */
export function percentInterval(observation: Observation): PercentInterval | null {
  const known = intervals.get(observation);
  if (known !== undefined) return known;
  const interval = computeInterval(observation);
  intervals.set(observation, interval);
  return interval;
}

function computeInterval(observation: Observation): PercentInterval | null {
  const { successes, trials } = observation;
  if (successes === null || trials === null) return null;
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials) return null;
  const interval = wilsonInterval(successes, trials);
  return interval && { low: interval.low * 100, high: interval.high * 100 };
}
