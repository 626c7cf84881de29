import { formatPlural } from '../format/format';
import { metricInfo, type MetricId } from '../model/metrics';
import type { Criterion, Stage } from '../model/schema';
import { weekCompleteDay } from './calendar';
import { judgingWindow, type JudgingWindow, type StageClock } from './judging-window';
import type { ObservationSeries } from './observations';

/**
 * Rules that can never apply within their stage: "after 90 days" on a 4-week stage, a run of
 * 3 consecutive weeks in a 2-week stage, a judging week past the stage's end, a minimum
 * duration longer than the stage. Such a rule must not read as an all-clear ("not fired"), and
 * the stage editor warns about it before the pilot starts.
 */

/**
 * The last week a stage's rules can look at: its planned duration, or a later week it has
 * data for (rows naming the stage may run past its planned end). Null for an open-ended stage.
 */
export function lastReachableWeek(clock: Pick<StageClock, 'durationWeeks'>, overall: ObservationSeries | null): number | null {
  if (clock.durationWeeks === null) return null;
  let last = clock.durationWeeks;
  for (const w of overall?.weeks ?? []) if (w.week > last) last = w.week;
  return last;
}

/** Whether a judging window becomes final only after the stage's last reachable week. */
export function isUnreachable(window: JudgingWindow, clock: Pick<StageClock, 'start'>, lastWeek: number | null): boolean {
  return lastWeek !== null && window.readyDay > weekCompleteDay(clock.start, lastWeek);
}

/** Why a judging window lies beyond the stage: the sentence names the rule's own terms. */
export function unreachableText(window: JudgingWindow, lastWeek: number, purpose: 'criterion' | 'trigger'): string {
  const lasts = `the stage lasts ${formatPlural(lastWeek, 'week')}`;
  const never = purpose === 'trigger' ? 'so this trigger can never fire within the stage' : 'so this criterion can never be judged within the stage';
  const { shape, runLength } = window;
  const run = `${runLength} consecutive weeks`;
  if (window.because === 'min_duration') return `The stage's minimum duration is longer than the stage (${lasts}); ${never}.`;
  if (shape.afterDays > 0) {
    const from = `${formatPlural(shape.afterDays, 'day')} after the start (week ${shape.firstWeek})`;
    return runLength > 1 ? `It needs ${run} counted from ${from}, but ${lasts}; ${never}.` : `It counts only from ${from}, but ${lasts}; ${never}.`;
  }
  if (runLength > 1) return `It needs ${run}, but ${lasts}; ${never}.`;
  return `It is judged at week ${window.weeks[window.weeks.length - 1] ?? '?'}, but ${lasts}; ${never}.`;
}

/**
 * Why a rule judged by week cannot work on a figure of a whole file without dates (test
 * results): there are no weeks to judge. Null when the metric has weeks or the rule judges the
 * whole stage.
 */
export function notWeeklyText(metric: MetricId, window: Pick<JudgingWindow, 'kind'>): string | null {
  const info = metricInfo[metric];
  if (info.weekly || window.kind === 'whole') return null;
  return `${info.label} is one figure for the whole test-results file, without weeks, so it cannot be judged by week: judge it at the stage end, without a run of weeks.`;
}

/**
 * For the stage editor, before any data: why a criterion or trigger of `stage` can never
 * apply, or null when it can. Judged on the stage's planned duration alone.
 */
export function neverAppliesText(
  rule: Pick<Criterion, 'judgedAt' | 'persistence' | 'metric'>,
  stage: Pick<Stage, 'durationWeeks' | 'minDurationWeeks'>,
  purpose: 'criterion' | 'trigger',
): string | null {
  const { durationWeeks } = stage;
  const weeks = durationWeeks ?? 52;
  const clock: StageClock = { today: 0, start: 0, completeWeeks: weeks, durationWeeks, minDurationWeeks: stage.minDurationWeeks };
  const window = judgingWindow(rule, clock, weeks, purpose);
  const notWeekly = notWeeklyText(rule.metric, window);
  if (notWeekly !== null) return notWeekly;
  if (durationWeeks === null) return null;
  return isUnreachable(window, clock, durationWeeks) ? unreachableText(window, durationWeeks, purpose) : null;
}
