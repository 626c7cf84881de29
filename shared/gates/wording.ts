import { decimalsFor, formatCount, formatDecimal, formatFixed, formatList, formatTarget, roundedAs } from '../format/format';
import { comparatorLabels, type Comparator } from '../model/enums';
import { metricInfo, type MetricId, type MetricInfo } from '../model/metrics';
import { compare } from '../thresholds/compare';
import type { JudgedObservation, ObservationScope, PercentInterval } from './results';

/**
 * The plain-language pieces gate reasons are built from. Reasons are read by people who are
 * not statisticians, in front of executives: counts before percentages ("2 of 5 users"),
 * whole numbers where they are enough, and the threshold in the same unit as the value.
 * Every figure is written by shared/format, in the user's locale.
 */

/** Up to two decimals below 10, one above, trailing zeros dropped: 40, 45.5, 0.75, 3.85 (shared/format). */
export function formatNumber(value: number): string {
  return formatDecimal(value);
}

/** A written number with its unit: 40%, 3.8/5, 2.4 s, 1 incident, 3 incidents. */
export function withUnitWords(shown: string, value: number, unit: string): string {
  // Cost per interaction has no unit (no currency is known): "0.02", never "0.02 " before a bracket or a full stop.
  if (unit === '') return shown;
  if (unit === '%' || unit === '/5') return `${shown}${unit}`;
  if (unit.length <= 2) return `${shown} ${unit}`;
  return `${shown} ${value === 1 ? singular(unit) : unit}`;
}

/**
 * A measured value with its unit: 40%, 3.8/5, 2.4 s, 1 incident. Given the threshold it is
 * compared with, a value never prints on the other side of it, nor equal to it when it is not:
 * 57.99% stays "57.99%" beside "needs at least 58%", where one decimal would print "58%".
 */
export function formatValue(value: number, unit: string, against: number | null = null): string {
  const n = against === null ? formatNumber(value) : numberAgainst(value, against);
  return withUnitWords(n, value, unit);
}

/** A threshold with its unit, exactly as typed: "at least 45.55%" never reads "45.6%" anywhere. */
export function formatThreshold(threshold: number, unit: string): string {
  return withUnitWords(formatTarget(threshold), threshold, unit);
}

/** "users" → "user" for a count of one: "1 user", "1,204 users". */
export function countOf(count: number, unit: string): string {
  return `${formatCount(count)} ${count === 1 ? singular(unit) : unit}`;
}

/** -1, 0 or 1: where `value` lies from `threshold`, float noise from divisions read as a tie. */
function sideOf(value: number, threshold: number): -1 | 0 | 1 {
  if (compare(value, '>', threshold)) return 1;
  return compare(value, '<', threshold) ? -1 : 0;
}

function numberAgainst(value: number, threshold: number): string {
  const side = sideOf(value, threshold);
  // Equal to the threshold: written as the threshold is, so "45.55%" never reads "45.6%" beside "at most 45.55%".
  if (side === 0) return formatTarget(threshold);
  let digits = decimalsFor(value);
  // Add decimals until the number shown lies on the same side of the threshold as the value does.
  while (digits < 8 && sideOf(roundedAs(value, digits), threshold) !== side) digits++;
  return formatFixed(value, digits);
}

function singular(unit: string): string {
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

/** What a criterion needs: "at least 50%". */
export function thresholdText(comparator: Comparator, threshold: number, unit: string): string {
  return `${comparatorLabels[comparator]} ${formatThreshold(threshold, unit)}`;
}

const conditionLabels: Record<Comparator, string> = {
  '>=': 'at or above',
  '<=': 'at or below',
  '>': 'above',
  '<': 'below',
};

/** When a trigger's condition holds: "below 80%". */
export function conditionText(comparator: Comparator, threshold: number, unit: string): string {
  return `${conditionLabels[comparator]} ${formatThreshold(threshold, unit)}`;
}

/** "at week 4", "over the stage", or "over the stage so far" for a stage without a planned end. */
export function scopeText(scope: ObservationScope): string {
  if (scope.kind === 'week') return `at week ${scope.week}`;
  return scope.to === null ? 'over the stage so far' : 'over the stage';
}

/** ` in group "Support"`, or nothing for the whole audience. */
export function groupText(group: string | null): string {
  return group === null ? '' : ` in group "${group}"`;
}

/** "week 4", "weeks 2–4", "weeks 1, 3, and 4" (the list joined as the locale joins one). */
export function weeksText(weeks: readonly number[]): string {
  if (weeks.length === 1) return `week ${weeks[0]}`;
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (first !== undefined && last !== undefined && last - first === weeks.length - 1) return `weeks ${first}–${last}`;
  return `weeks ${formatList(weeks.map(String))}`;
}

/**
 * The measured value as a reader wants it: "2 of 5 users (40%)" for a proportion with its
 * counts, "3.8/5 (24 ratings)" for a mean, "1 incident" for a count. Given the threshold
 * (`intervalAgainst`), proportions add their 95% interval: what confidence-mode reasons turn on.
 */
export function measurementText(
  obs: JudgedObservation,
  info: MetricInfo,
  intervalAgainst: number | null = null,
  against: number | null = intervalAgainst,
): string {
  const { value, successes, trials, interval } = obs;
  if (value === null) return 'no value';
  const shown = formatValue(value, info.unit, against);
  const hand = obs.handRecorded === undefined ? '' : `, ${handWords(obs.handRecorded)}`;
  if (info.kind === 'count') return `${shown}${obs.leftOut === undefined ? '' : ` (${obs.leftOut})`}${hand}`;
  const left = `${obs.leftOut === undefined ? '' : `; ${obs.leftOut}`}${obs.sampled === undefined ? '' : `; ${sampledSeenText(obs, info)}`}`;
  if (info.kind === 'proportion' && successes !== null && trials !== null) {
    const range = intervalAgainst !== null && interval ? `, 95% interval ${intervalText(interval, intervalAgainst)}` : '';
    return `${formatCount(successes)} of ${countOf(trials, info.sampleUnit)} (${shown}${range}${left})${hand}`;
  }
  const range = intervalAgainst !== null && interval ? `, 95% interval ${formatValue(interval.low, info.unit)} to ${formatValue(interval.high, info.unit)}` : '';
  return `${shown} (${countOf(obs.sample, info.sampleUnit)}${range}${left})${hand}`;
}

/**
 * "from a sampled log: 250 requests seen": a figure counted on the requests a sampled log's rows stand for is said to
 * rest on the rows seen, so "6 of 600 requests" never reads as 600 requests looked at.
 */
export function sampledSeenText(obs: Pick<JudgedObservation, 'rowsSeen'>, info: Pick<MetricInfo, 'sampleUnit'>): string {
  const seen = obs.rowsSeen;
  if (seen === undefined) return 'from a sampled log';
  return `from a sampled log: ${seen.exact ? '' : 'at most '}${countOf(seen.rows, info.sampleUnit)} seen`;
}

/** How a figure from a weekly-figures file begins its source: "a weekly-figures file “figures.csv”". */
export const FIGURES_FILE_WORDS = 'a weekly-figures file';

/** 'hand-recorded from "Grafana export"': a hand value is never shown as if a file measured it. */
export function handWords(source: string): string {
  // Figures from a weekly-figures file carry their file as the source (figuresSource in shared/metrics).
  if (source.startsWith(FIGURES_FILE_WORDS)) return `from ${source}`;
  return `hand-recorded from "${source}"`;
}

/**
 * "12–77%". Ends are whole percents, unless rounding would make an end equal the threshold it
 * is being compared with ("50–77% — cannot conclude against 50%" would look like a bug).
 */
export function intervalText(interval: PercentInterval, threshold: number | null): string {
  return `${intervalEnd(interval.low, threshold)}–${intervalEnd(interval.high, threshold)}%`;
}

/**
 * An end of a 95% interval in whole percents where that is true: each end keeps the decimals it needs to stay on its side
 * of the threshold (84.6 beside 85 is "84.6", never "85"; 85.4 beside 85.5 never "85" nor "86"), so the range shown
 * visibly contains the threshold exactly when it does; and no end prints as 0% or 100% unless it is ("94–100%" would
 * say the rate may be perfect when it may not).
 */
function intervalEnd(x: number, threshold: number | null): string {
  const side = threshold === null ? 0 : sideOf(x, threshold);
  const wrong = (r: number) => (threshold !== null && sideOf(r, threshold) !== side) || (r === 0 && x !== 0) || (r === 100 && x !== 100);
  let digits = 0;
  while (digits < 8 && wrong(roundedAs(x, digits))) digits++;
  return formatFixed(x, digits);
}

/** Why a value cannot be computed: the data's own explanation, or one that names the usual cause. */
export function noValueText(obs: JudgedObservation, metric: MetricId): string {
  if (obs.note) return obs.note;
  const label = metricInfo[metric].label;
  if (metric === 'adoption_rate') {
    return `${label} cannot be computed: the number of users enrolled in the stage is not set.`;
  }
  return `${label} cannot be computed${groupText(obs.group)} ${scopeText(obs.scope)} from the imported rows.`;
}

/** "Only 12 outputs so far; the gate needs at least 30." */
export function tooSmallText(obs: JudgedObservation, info: MetricInfo, minSample: number, who: 'gate' | 'trigger', needs?: string): string {
  const where = obs.scope.kind === 'week' ? `in week ${obs.scope.week}` : 'so far';
  const seen = obs.rowsSeen;
  // Set only on a sampled log's figures: whether or not the requests reach the minimum, the rows seen are the sample.
  if (seen !== undefined) {
    const rows = `${seen.exact ? 'Only' : 'At most'} ${countOf(seen.rows, info.sampleUnit)} seen ${where}${groupText(obs.group)}, standing for ${countOf(obs.sample, info.sampleUnit)} (a sampled log)`;
    const unsure = seen.exact || seen.rows < minSample ? '' : ', and how many of them report this figure cannot be told';
    return `${rows}${unsure}; ${needs ?? `the ${who} needs at least ${formatCount(minSample)} seen`}.`;
  }
  const left = obs.leftOut === undefined ? '' : ` (${obs.leftOut})`;
  return `Only ${countOf(obs.sample, info.sampleUnit)} ${where}${groupText(obs.group)}${left}; ${needs ?? `the ${who} needs at least ${formatCount(minSample)}`}.`;
}

/** "No data for week 4." */
export function noDataText(obs: JudgedObservation): string {
  const where = obs.scope.kind === 'week' ? `for week ${obs.scope.week}` : 'for this stage yet';
  return `No data ${where}${groupText(obs.group)}.`;
}

/** "Adoption rate at week 4 is 2 of 5 users (40%, 95% interval 12–77%) — too few users to conclude against at least 50%." */
export function inconclusiveText(obs: JudgedObservation, info: MetricInfo, threshold: number): string {
  const against = formatThreshold(threshold, info.unit);
  return `${info.label}${groupText(obs.group)} ${scopeText(obs.scope)} is ${measurementText(obs, info, threshold)} — too few ${info.sampleUnit} to conclude against ${against}.`;
}

/** The sentence for an observation without a usable verdict (not enough data or cannot measure). */
export function unusableText(
  obs: JudgedObservation,
  metric: MetricId,
  minSample: number,
  threshold: number,
  who: 'gate' | 'trigger',
  needs?: string,
): string {
  const info = metricInfo[metric];
  switch (obs.outcome) {
    case 'no_value':
      return noValueText(obs, metric);
    case 'too_small':
      return tooSmallText(obs, info, minSample, who, needs);
    case 'inconclusive':
      return inconclusiveText(obs, info, threshold);
    default:
      return noDataText(obs);
  }
}
