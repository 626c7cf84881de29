import { comparatorLabels } from '../model/enums';
import { metricInfo, type MetricId, type MetricInfo } from '../model/metrics';
import type { Baseline, Criterion } from '../model/schema';
import { formatDateRange } from '../format/format';
import type { StageClock } from './judging-window';
import { trendWords } from './pending-text';
import type { BaselineEvidence, JudgedObservation } from './results';
import { decimalsFor, formatCount, formatFixed, roundedAs } from '../format/format';
import { countOf, formatValue, groupText, noDataText, noValueText, scopeText, withUnitWords } from './wording';

/**
 * Sentences for criteria judged against a baseline. Both sides are named, then the difference
 * with its interval, then what the gate allows: "Mean satisfaction over the stage is 4.1/5
 * (24 ratings) against a baseline of 4/5 (20 ratings, the previous stage "Pilot"), difference
 * +0.1 (−0.2 to +0.4); the gate allows at least −0.2."
 */

/** Decimals a typed threshold can carry: it is shown as typed, never rounded. */
const TYPED = 10;

function signed(x: number, digits: number): string {
  const magnitude = Math.abs(x);
  if (roundedAs(magnitude, digits) === 0) return '0';
  return `${x < 0 ? '\u2212' : '+'}${formatFixed(magnitude, digits)}`;
}

/** "+0.4", "−0.2", "0": differences always carry their sign (a typographic minus, as printed). */
export function signedNumber(x: number): string {
  return signed(x, decimalsFor(x));
}

function differenceWith(x: number, info: MetricInfo, digits: number): string {
  const n = signed(x, digits);
  const shownMagnitude = roundedAs(Math.abs(x), digits);
  if (info.unit === '%') return `${n} ${shownMagnitude === 1 ? 'point' : 'points'}`;
  if (info.unit === '/5') return n;
  return withUnitWords(n, shownMagnitude, info.unit);
}

/** A measured difference in the metric's unit: "+0.4 points" for shares (percentage points), "−0.2" for a rating. */
export function differenceText(x: number, info: MetricInfo): string {
  return differenceWith(x, info, decimalsFor(x));
}

/** A difference a gate allows, exactly as typed: "−0.25", never rounded to "−0.3". */
export function allowedDifferenceText(threshold: number, info: MetricInfo): string {
  return differenceWith(threshold, info, TYPED);
}

/** "the previous stage", 'control group "Team A"', "the period Nov 2 – 29, 2026". */
export function baselineWordsPlain(baseline: Baseline): string {
  if (baseline.kind === 'previous_stage') return 'the previous stage';
  if (baseline.kind === 'period') return periodWords(baseline.from, baseline.to);
  return `control group "${baseline.group}"`;
}

/** "the period Nov 2 – 29, 2026", dates in the user's locale. */
export function periodWords(from: string, to: string): string {
  return `the period ${formatDateRange(from, to)}`;
}

/** What the gate allows, e.g. "at least −0.2" or "at most +0.5 points". */
export function allowedText(criterion: Pick<Criterion, 'comparator' | 'threshold' | 'metric'>): string {
  return `${comparatorLabels[criterion.comparator]} ${allowedDifferenceText(criterion.threshold, metricInfo[criterion.metric])}`;
}

function sideText(value: number | null, successes: number | null, trials: number | null, sample: number, info: MetricInfo): string {
  if (value === null) return 'no value';
  const shown = formatValue(value, info.unit);
  if (info.kind === 'proportion' && successes !== null && trials !== null) return `${formatCount(successes)} of ${countOf(trials, info.sampleUnit)} (${shown})`;
  return `${shown} (${countOf(sample, info.sampleUnit)})`;
}

function bothSides(obs: JudgedObservation, base: BaselineEvidence, info: MetricInfo): string {
  const here = sideText(obs.value, obs.successes, obs.trials, obs.sample, info);
  const there = sideText(base.value, base.successes, base.trials, base.sample, info);
  return `${info.label}${groupText(obs.group)} ${scopeText(obs.scope)} is ${here} against a baseline of ${there}, ${base.source}`;
}

function intervalWords(d: NonNullable<BaselineEvidence['difference']>, info: MetricInfo): string {
  return `difference ${differenceText(d.value, info)} (95% interval ${signedNumber(d.low)} to ${signedNumber(d.high)})`;
}

/** The reason of a judged baseline criterion, for any outcome. */
export function baselineReason(obs: JudgedObservation, criterion: Criterion): string {
  const info = metricInfo[criterion.metric];
  const base = obs.baseline;
  if (base === undefined) return noDataText(obs);
  const allowed = allowedText(criterion);
  const d = base.difference;
  switch (obs.outcome) {
    case 'meets':
    case 'misses':
      if (d === null) return noDataText(obs);
      return `${bothSides(obs, base, info)}, ${intervalWords(d, info)}; the gate allows ${allowed} (the whole interval must be within it).`;
    case 'inconclusive':
      if (d === null) return `${bothSides(obs, base, info)}. ${obs.note ?? 'No 95% interval for the difference.'}`;
      return `${bothSides(obs, base, info)}, ${intervalWords(d, info)}; the gate allows ${allowed}, and the interval reaches past it — too few ${info.sampleUnit} to conclude.`;
    case 'too_small': {
      const where = obs.scope.kind === 'week' ? ` in week ${obs.scope.week}` : '';
      return `Only ${countOf(obs.sample, info.sampleUnit)}${where} in this stage and ${countOf(base.sample, info.sampleUnit)} in the baseline (${base.source}); the gate needs at least ${criterion.minSample} on each side.`;
    }
    case 'no_value':
      return obs.note ?? noValueText(obs, criterion.metric);
    case 'no_data':
      return obs.note ?? noDataText(obs);
  }
}

/** "current trend 4.1/5 (12 ratings) so far against a baseline of 4/5 (20 ratings, …), difference +0.1 (…)", or "no data yet"; as fresh as `trendWords` says. */
export function baselineTrendText(trend: JudgedObservation | null, metric: MetricId, clock: Pick<StageClock, 'today' | 'start' | 'durationWeeks'>, lastWeek: number | null): string {
  const base = trend?.baseline;
  if (trend === null || trend.value === null || base === undefined) return 'no data yet';
  const info = metricInfo[metric];
  const here = sideText(trend.value, trend.successes, trend.trials, trend.sample, info);
  const there = base.value === null ? 'no baseline figure yet' : `a baseline of ${sideText(base.value, base.successes, base.trials, base.sample, info)}`;
  const d = base.difference === null ? '' : `, ${intervalWords(base.difference, info)}`;
  return trendWords(trend, here, clock, lastWeek, ` against ${there}${d}`);
}
