import { formatDate, formatPlural } from '../format/format';
import type { MetricId, MetricInfo } from '../model/metrics';
import type { Persistence } from '../model/schema';
import type { JudgingWindow, StageClock } from './judging-window';
import { readyText, trendText } from './pending-text';
import type { JudgedObservation } from './results';
import { groupText, measurementText, scopeText, weeksText } from './wording';

/** What every trigger sentence needs: the metric, "below 80%", and the persistence rule. */
export interface TriggerWords {
  readonly info: MetricInfo;
  readonly condition: string;
  readonly persistence: Persistence | null;
  /** With statistical confidence, the threshold (proportions then show their 95% interval: it is what was judged). */
  readonly intervalAgainst: number | null;
  /** The threshold, so that a value near it is printed with the digits that tell them apart. */
  readonly threshold: number;
}

/** "for more than 2 consecutive weeks" — the rule that a run of weeks satisfied. */
function runRuleText(persistence: Persistence | null, weeks: number): string {
  if (persistence?.kind === 'more_than_weeks') return `more than ${persistence.weeks} consecutive weeks`;
  if (persistence?.kind === 'consecutive_weeks') return `${persistence.weeks} consecutive weeks`;
  return `${weeks} consecutive weeks`;
}

function afterDaysText(persistence: Persistence | null): string {
  return persistence?.kind === 'after_days' ? ` after ${formatPlural(persistence.days, 'day')}` : '';
}

/**
 * "Critical incidents at week 2 is 1 incident, above 0 incidents." or
 * "Outputs under the editing limit was below 80% in weeks 2–4 — more than 2 consecutive weeks; week 4: 140 of 200 outputs (70%)."
 */
export function firedText(run: readonly JudgedObservation[], words: TriggerWords): string {
  const { info, condition, persistence } = words;
  const last = run[run.length - 1];
  if (last === undefined) return `${info.label} is ${condition}.`;
  const where = groupText(last.group);
  if (run.length === 1) {
    return `${info.label}${where} ${scopeText(last.scope)} is ${measurementText(last, info, words.intervalAgainst, words.threshold)}, ${condition}${afterDaysText(persistence)}.`;
  }
  const weeks = run.map((r) => (r.scope.kind === 'week' ? r.scope.week : 0));
  const lastWeek = weeks[weeks.length - 1];
  return `${info.label}${where} was ${condition} in ${weeksText(weeks)} — ${runRuleText(persistence, run.length)}; week ${lastWeek}: ${measurementText(last, info, words.intervalAgainst, words.threshold)}.`;
}

/**
 * What the earlier weeks of a trigger watched "at any time" showed, when its sentence names only the latest: the weeks
 * the condition held without firing ("It was below 50% in week 1, never in 2 consecutive weeks.") and the weeks that
 * could not be checked. Empty when every earlier week was clearly not meeting it.
 */
export function earlierWeeksText(earlier: readonly JudgedObservation[], words: TriggerWords, runLength: number): string {
  const weekOf = (o: JudgedObservation): number => (o.scope.kind === 'week' ? o.scope.week : 0);
  const met = earlier.filter((o) => o.outcome === 'meets').map(weekOf);
  const unsure = earlier.filter((o) => o.outcome !== 'meets' && o.outcome !== 'misses').map(weekOf);
  const parts: string[] = [];
  if (met.length > 0) parts.push(`It was ${words.condition} in ${weeksText(met)}, never in ${runRuleText(words.persistence, runLength)}.`);
  if (unsure.length > 0) {
    const which = weeksText(unsure);
    const why = earlier.every((o) => o.outcome === 'meets' || o.outcome === 'misses' || o.outcome === 'no_value') ? 'no value could be worked out' : 'not enough data';
    parts.push(`${which.charAt(0).toUpperCase()}${which.slice(1)} could not be checked (${why}), so whether it was ${words.condition} then cannot be told.`);
  }
  return parts.join(' ');
}

/** "Outputs under the editing limit at week 4 is 170 of 200 outputs (85%), not below 80%." */
export function notFiredText(obs: JudgedObservation, words: TriggerWords): string {
  return `${words.info.label}${groupText(obs.group)} ${scopeText(obs.scope)} is ${measurementText(obs, words.info, words.intervalAgainst, words.threshold)}, not ${words.condition}.`;
}

/**
 * "… at week 2 is 30 of 50 outputs (60%), below 80% for 1 week so far; if it stays below 80%,
 * the trigger fires on Oct 5, 2026 (more than 2 consecutive weeks)."
 */
export function trendingText(latest: JudgedObservation, words: TriggerWords, firesOn: string, run: number, runLength: number): string {
  const { info, condition, persistence } = words;
  const soFar = runLength > 1 ? ` for ${run === 1 ? '1 week' : `${run} consecutive weeks`} so far` : '';
  const rule = runLength > 1 ? ` (${runRuleText(persistence, runLength)})` : persistence?.kind === 'after_days' ? ` (${afterDaysText(persistence).trim()})` : '';
  return `${info.label}${groupText(latest.group)} ${scopeText(latest.scope)} is ${measurementText(latest, info, words.intervalAgainst, words.threshold)}, ${condition}${soFar}; if it stays ${condition}, the trigger fires on ${formatDate(firesOn)}${rule}.`;
}

/**
 * A run too short to fire before the stage's last week: "… below 30% in the last 2 weeks of the
 * stage; firing needs 3 consecutive weeks, and the stage ended on Nov 1, 2026 without it firing."
 */
export function shortRunText(latest: JudgedObservation, words: TriggerWords, run: number, runLength: number, lastDay: string, ended: boolean): string {
  const { info, condition } = words;
  const held = ended ? `in the last ${run === 1 ? 'week' : `${run} weeks`} of the stage` : `for ${run === 1 ? '1 week' : `${run} consecutive weeks`} so far`;
  const end = ended
    ? `and the stage ended on ${formatDate(lastDay)} without it firing`
    : `more than are left before the stage ends on ${formatDate(lastDay)}, so it cannot fire in this stage`;
  return `${info.label}${groupText(latest.group)} ${scopeText(latest.scope)} is ${measurementText(latest, info, words.intervalAgainst, words.threshold)}, ${condition} ${held}; firing needs ${runLength} consecutive weeks, ${end}.`;
}

/**
 * A trigger whose judging point is ahead and whose trend does not meet it: when, and the trend.
 * A judging point already past means the stage has no data that late (it ended before day N).
 */
export function waitingText(window: JudgingWindow, clock: StageClock, latest: JudgedObservation | null, metric: MetricId, lastWeek: number | null): string {
  const trend = latest && latest.outcome !== 'no_data' ? latest : null;
  if (window.readyDay <= clock.today && window.shape.afterDays > 0) {
    return `Checked only from week ${window.shape.firstWeek} (${formatPlural(window.shape.afterDays, 'day')} after the start); the stage has no data that late.`;
  }
  return `${readyText(window, clock, 'Checked')}; ${trendText(trend, metric, clock, lastWeek)}.`;
}
