import { formatDecimal } from '../format/format';
import { comparatorLabels, type Comparator } from '../model/enums';
import { metricInfo, type MetricId, type MetricInfo } from '../model/metrics';
import { compare } from '../thresholds/compare';
import type { JudgedObservation, ObservationScope, PercentInterval } from './results';

/**
 * The plain-language pieces gate reasons are built from. Reasons are read by people who are
 * not statisticians, in front of executives: counts before percentages ("2 of 5 users"),
 * whole numbers where they are enough, and the threshold in the same unit as the value.
 */

/** Up to two decimals below 10, one above, trailing zeros dropped: 40, 45.5, 0.75, 3.85 (shared/format). */
export function formatNumber(value: number): string {
  return formatDecimal(value);
}

/**
 * A value with its unit: 40%, 3.8/5, 2.4 s, 1 incident. Given the threshold it is compared
 * with, a value that is not equal to it never prints as equal to it: 57.99% stays "57.99%"
 * beside "needs at least 58%", where one decimal would print "58%".
 */
export function formatValue(value: number, unit: string, against: number | null = null): string {
  const n = against === null ? formatNumber(value) : numberAgainst(value, against);
  if (unit === '%' || unit === '/5') return `${n}${unit}`;
  if (unit.length <= 2) return `${n} ${unit}`;
  return `${n} ${value === 1 ? singular(unit) : unit}`;
}

/** "users" → "user" for a count of one. */
export function countOf(count: number, unit: string): string {
  return `${count} ${count === 1 ? singular(unit) : unit}`;
}

function numberAgainst(value: number, threshold: number): string {
  let shown = formatNumber(value);
  const tie = compare(value, '>=', threshold) && compare(value, '<=', threshold);
  for (let digits = 2; !tie && Number(shown) === Number(formatNumber(threshold)) && digits <= 8; digits++) {
    shown = String(Number(value.toFixed(digits)));
  }
  return shown;
}

function singular(unit: string): string {
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

/** What a criterion needs: "at least 50%". */
export function thresholdText(comparator: Comparator, threshold: number, unit: string): string {
  return `${comparatorLabels[comparator]} ${formatValue(threshold, unit)}`;
}

const conditionLabels: Record<Comparator, string> = {
  '>=': 'at or above',
  '<=': 'at or below',
  '>': 'above',
  '<': 'below',
};

/** When a trigger's condition holds: "below 80%". */
export function conditionText(comparator: Comparator, threshold: number, unit: string): string {
  return `${conditionLabels[comparator]} ${formatValue(threshold, unit)}`;
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

/** "week 4", "weeks 2–4", "weeks 1, 3 and 4". */
export function weeksText(weeks: readonly number[]): string {
  if (weeks.length === 1) return `week ${weeks[0]}`;
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (first !== undefined && last !== undefined && last - first === weeks.length - 1) return `weeks ${first}–${last}`;
  return `weeks ${weeks.slice(0, -1).join(', ')} and ${last}`;
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
  if (info.kind === 'count') return `${shown}${hand}`;
  if (info.kind === 'proportion' && successes !== null && trials !== null) {
    const range = intervalAgainst !== null && interval ? `, 95% interval ${intervalText(interval, intervalAgainst)}` : '';
    return `${successes} of ${countOf(trials, info.sampleUnit)} (${shown}${range})${hand}`;
  }
  const range = intervalAgainst !== null && interval ? `, 95% interval ${formatValue(interval.low, info.unit)} to ${formatValue(interval.high, info.unit)}` : '';
  return `${shown} (${countOf(obs.sample, info.sampleUnit)}${range})${hand}`;
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

function intervalEnd(x: number, threshold: number | null): string {
  const whole = Math.round(x);
  if (threshold === null || whole !== threshold || x === threshold) return String(whole);
  return String(Number(x.toFixed(1)) === threshold ? Number(x.toFixed(2)) : Number(x.toFixed(1)));
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
export function tooSmallText(obs: JudgedObservation, info: MetricInfo, minSample: number, who: 'gate' | 'trigger'): string {
  const where = obs.scope.kind === 'week' ? `in week ${obs.scope.week}` : 'so far';
  return `Only ${countOf(obs.sample, info.sampleUnit)} ${where}${groupText(obs.group)}; the ${who} needs at least ${minSample}.`;
}

/** "No data for week 4." */
export function noDataText(obs: JudgedObservation): string {
  const where = obs.scope.kind === 'week' ? `for week ${obs.scope.week}` : 'for this stage yet';
  return `No data ${where}${groupText(obs.group)}.`;
}

/** "Adoption rate at week 4 is 2 of 5 users (40%, 95% interval 12–77%) — too few users to conclude against at least 50%." */
export function inconclusiveText(obs: JudgedObservation, info: MetricInfo, threshold: number): string {
  const against = formatValue(threshold, info.unit);
  return `${info.label}${groupText(obs.group)} ${scopeText(obs.scope)} is ${measurementText(obs, info, threshold)} — too few ${info.sampleUnit} to conclude against ${against}.`;
}

/** The sentence for an observation without a usable verdict (not enough data or cannot measure). */
export function unusableText(
  obs: JudgedObservation,
  metric: MetricId,
  minSample: number,
  threshold: number,
  who: 'gate' | 'trigger',
): string {
  const info = metricInfo[metric];
  switch (obs.outcome) {
    case 'no_value':
      return noValueText(obs, metric);
    case 'too_small':
      return tooSmallText(obs, info, minSample, who);
    case 'inconclusive':
      return inconclusiveText(obs, info, threshold);
    default:
      return noDataText(obs);
  }
}
