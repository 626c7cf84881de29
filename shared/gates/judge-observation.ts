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
  /** Who asks for `minSample` when it is not the rule itself ("the medium risk tier asks for at least 200 test cases"). */
  readonly minSampleText?: string;
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
  return judgeWithMemo(observation, observation === null ? null : memoOf(observation), rule, scope, group);
}

/**
 * What judging an observation has already worked out, kept with the observation: its Wilson interval,
 * and its judgements so far. A plan judges the same week of the same group once per criterion and
 * trigger on its metric (hundreds of thousands of judgements); a judgement depends on the rule only
 * through its outcome, so equal judgements are one shared (read-only) object, not thousands of copies.
 */
export interface ObservationMemo {
  interval: PercentInterval | null | undefined;
  readonly judged: JudgedObservation[];
}

export function newObservationMemo(): ObservationMemo {
  return { interval: undefined, judged: [] };
}

/** `judgeObservation` with the observation's memo at hand (series.ts keeps one per week). */
export function judgeWithMemo(
  observation: Observation | null,
  memo: ObservationMemo | null,
  rule: ObservationRule,
  scope: ObservationScope,
  group: string | null,
): JudgedObservation {
  let interval: PercentInterval | null = null;
  // A sampled log has no honest interval (sampled-logs.ts): none is shown, in either mode.
  if (observation !== null && rule.kind === 'proportion' && observation.sampled === undefined) {
    if (memo === null) interval = computeInterval(observation);
    else interval = memo.interval === undefined ? (memo.interval = computeInterval(observation)) : memo.interval;
  } else if (observation !== null && rule.confidence && rule.kind === 'mean') {
    // A mean's t interval only when the rule asks for confidence; its t quantile is remembered (student-t.ts).
    interval = meanInterval(observation);
  }
  const outcome = outcomeOf(observation, rule, interval);
  if (memo !== null) {
    for (const j of memo.judged) if (j.outcome === outcome && j.scope === scope && j.group === group && j.interval === interval) return j;
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
    note: observation?.value === null ? (observation.whyNoValue ?? null) : outcome === 'no_value' ? (observation?.sampled ?? null) : null,
  };
  // Added, not spread in: spreading makes each object the slow way.
  if (observation?.handRecorded) judged.handRecorded = observation.handRecorded.source;
  if (observation?.leftOut) judged.leftOut = observation.leftOut;
  if (observation?.sampled) judged.sampled = observation.sampled;
  if (observation?.sampled && observation.rowsSeen) judged.rowsSeen = observation.rowsSeen;
  // Outcomes × scopes an observation is seen with is a handful; the cap only bounds an odd caller.
  if (memo !== null && memo.judged.length < 12) memo.judged.push(judged);
  return judged;
}

/** Memos of observations judged outside a series index (whole-stage figures, baselines). */
const memos = new WeakMap<Observation, ObservationMemo>();

function memoOf(observation: Observation): ObservationMemo {
  let memo = memos.get(observation);
  if (memo === undefined) memos.set(observation, (memo = newObservationMemo()));
  return memo;
}

type Writable<T> = { -readonly [P in keyof T]: T[P] };

function outcomeOf(observation: Observation | null, rule: ObservationRule, interval: PercentInterval | null): ObservationOutcome {
  if (observation === null) return 'no_data';
  const { value, sample } = observation;
  if (value === null) return sample > 0 ? 'no_value' : 'no_data';
  // A sampled log's interval would count requests nobody saw: no interval, so nothing to judge it on.
  if (rule.confidence && rule.kind === 'proportion' && observation.sampled !== undefined) return 'no_value';
  if (sample < rule.minSample) return 'too_small';
  // A sampled log's requests were not all seen: its minimum sample counts the rows seen, and cannot tell when it
  // knows only an upper bound on them (tooSmallText says which).
  const seen = observation.sampled === undefined ? undefined : observation.rowsSeen;
  if (seen !== undefined && rule.minSample > 0 && (!seen.exact || seen.rows < rule.minSample)) return 'too_small';
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
  if (observation.sampled !== undefined) return null;
  const memo = memoOf(observation);
  return memo.interval === undefined ? (memo.interval = computeInterval(observation)) : memo.interval;
}

function computeInterval(observation: Observation): PercentInterval | null {
  const { successes, trials } = observation;
  if (successes === null || trials === null) return null;
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials) return null;
  const interval = wilsonInterval(successes, trials);
  return interval && { low: interval.low * 100, high: interval.high * 100 };
}
