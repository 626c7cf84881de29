import { metricInfo } from '../model/metrics';
import type { Criterion } from '../model/schema';
import { formatList } from '../format/format';
import { isoOf } from './calendar';
import { eitherSideCaveat } from './either-side';
import { evaluateBaselineCriterion, type PreviousStage } from './evaluate-baseline';
import { gateRule, ruleSummary, sortedGroups } from './criterion-rule';
import { stageState, type GateContext } from './gate-context';
import { horizonWeek, judgingWindow, type JudgingWindow, type StageClock } from './judging-window';
import type { ObservationRule } from './judge-observation';
import type { MetricObservations } from './observations';
import { notStartedText, readyText, trendText } from './pending-text';
import type { CriterionResult, CriterionStatus, GroupResult, JudgedObservation, RuleSummary } from './results';
import { statusOfOutcome } from './results';
import { notWeeklyText } from './reachability';
import { judgeWeek, judgeWhole, lastDataWeek, latestWeek, seriesView, worstObservation, type SeriesView } from './series';
import { groupText, measurementText, noValueText, scopeText, thresholdText, unusableText, weeksText } from './wording';

/**
 * Evaluates one gate criterion of a stage on `ctx.today` (SPEC §4).
 *
 * - Judging point: week N is judged on week N once it is complete; "stage end" on the pooled
 *   stage once the planned end has passed (a stage without a duration: on the stage so far);
 *   "continuous" on every complete week so far. Before that: pending, with the current trend.
 * - Minimum duration: nothing is judged before the stage has run that long, so a result that
 *   would pass or fail earlier is "pending" — a week-1 dip is a trend, not a verdict.
 * - Persistence: "N consecutive weeks" judges the N weeks ending at the judging week (or the
 *   latest complete week); "more than N" means N + 1 weeks; "after N days" waits until then,
 *   and a continuous criterion then counts only the weeks from that day on.
 * - Minimum sample and missing weeks give "not enough data"; an unmeasurable metric or a value
 *   that cannot be computed gives "cannot measure" — never "fail".
 * - Every group: the criterion must hold overall and in each group with enough data; groups
 *   below the minimum sample are listed as skipped. The worst result decides. Without a group
 *   column in the data it cannot be checked ("cannot measure"), unless it already fails overall.
 * - A stage without a planned start, or not started yet, is "pending".
 * - A criterion with a baseline is judged on its difference from it (evaluate-baseline.ts);
 *   `previous` is the stage before, for a previous-stage baseline.
 */
export function evaluateCriterion(
  criterion: Criterion,
  observations: MetricObservations,
  ctx: GateContext,
  previous: PreviousStage | null = null,
): CriterionResult {
  if (criterion.baseline) return evaluateBaselineCriterion(criterion, criterion.baseline, observations, ctx, previous);
  const summary = ruleSummary(criterion);
  const state = stageState(ctx);
  if (state.kind === 'no_start') return pendingWithout(summary, notStartedText(null, 'gates'), null, []);
  const { clock } = state;
  const overall = observations.status === 'available' ? observations.overall : null;
  const window = judgingWindow(criterion, clock, horizonWeek(clock, overall), 'criterion');
  const judgedOn = isoOf(window.readyDay);
  if (state.kind === 'not_started') return pendingWithout(summary, notStartedText(state.start, 'gates'), judgedOn, window.weeks);
  if (observations.status === 'unmeasurable') {
    return { ...summary, ...blank, status: 'cannot_measure', reason: observations.why.message, judgedOn, judgedWeeks: window.weeks };
  }
  const notWeekly = notWeeklyText(criterion.metric, window);
  if (notWeekly !== null) return { ...summary, ...blank, status: 'cannot_measure', reason: notWeekly, judgedOn, judgedWeeks: window.weeks };

  const rule = gateRule(criterion, ctx.statisticalConfidence, ctx.testSetMinimum);
  const judge = (view: SeriesView) => judgeSeries(view, criterion, rule, window, clock);
  const main = judge(seriesView(overall, null));
  const groups: GroupResult<CriterionStatus>[] = [];
  const groupUsed: JudgedObservation[] = [];
  // What the verdict rests on: the overall weeks and those of each group checked (a skipped group decides nothing).
  const decidingUsed: JudgedObservation[] = [...main.used];
  if (criterion.everyGroup) {
    for (const [name, series] of sortedGroups(observations.groups)) {
      const g = judge(seriesView(series, name));
      const skipped = g.status === 'not_enough_data' || g.status === 'cannot_measure';
      groups.push({ group: name, status: g.status, skipped, reason: g.reason, evidence: g.evidence });
      groupUsed.push(...g.used);
      if (!skipped) decidingUsed.push(...g.used);
    }
  }

  const worstGroup = groups.filter((g) => !g.skipped).reduce<GroupResult<CriterionStatus> | null>(
    (worst, g) => (worst === null || statusRank[g.status] > statusRank[worst.status] ? g : worst),
    null,
  );
  const groupDecides = worstGroup !== null && statusRank[worstGroup.status] > statusRank[main.status];
  const noGroups = criterion.everyGroup && observations.noGroups !== undefined && statusRank[main.status] < statusRank.cannot_measure;
  const decided = noGroups
    ? { status: 'cannot_measure' as const, reason: `${observations.noGroups} ${main.reason}`, evidence: main.evidence }
    : groupDecides
      ? { status: worstGroup.status, reason: withOtherGroups(worstGroup, groups), evidence: worstGroup.evidence }
      : { status: main.status, reason: criterion.everyGroup ? withGroupNote(main, groups) : main.reason, evidence: main.evidence };
  return {
    ...summary,
    ...decided,
    caveat: eitherSideCaveat(decided.status, decidingUsed, criterion.metric, criterion.comparator, criterion.threshold),
    used: [...main.used, ...groupUsed],
    trend: main.trend,
    judgedWeeks: window.weeks,
    judgedOn,
    groups,
  };
}

/** Worst highest; "the worst result wins" across weeks and groups. */
export const statusRank: Record<CriterionStatus, number> = {
  pass: 0,
  pending: 1,
  not_enough_data: 2,
  cannot_measure: 3,
  fail: 4,
};

interface SeriesJudgement {
  readonly status: CriterionStatus;
  readonly reason: string;
  readonly evidence: JudgedObservation | null;
  readonly used: readonly JudgedObservation[];
  readonly trend: JudgedObservation | null;
}

const blank = { evidence: null, used: [], trend: null, groups: [], caveat: null } as const;

function pendingWithout(summary: RuleSummary, reason: string, judgedOn: string | null, weeks: readonly number[]): CriterionResult {
  return { ...summary, ...blank, status: 'pending', reason, judgedOn, judgedWeeks: weeks };
}


function judgeSeries(
  view: SeriesView,
  criterion: Criterion,
  rule: ObservationRule,
  window: JudgingWindow,
  clock: StageClock,
): SeriesJudgement {
  const { metric } = criterion;
  if (clock.today < window.readyDay) {
    const latest = window.kind === 'whole' ? judgeWhole(view, rule, clock) : latestWeek(view, rule, clock);
    const trend = latest && latest.outcome !== 'no_data' ? latest : null;
    // Knowing now that the value will never be computable is worth saying now, not at week 4.
    if (trend?.outcome === 'no_value') {
      return { status: 'cannot_measure', reason: noValueText(trend, metric), evidence: trend, used: [trend], trend };
    }
    return { status: 'pending', reason: `${readyText(window, clock)}; ${trendText(trend, metric, clock, lastDataWeek(view))}.`, evidence: null, used: [], trend };
  }

  const used = window.kind === 'whole' ? [judgeWhole(view, rule, clock)] : window.weeks.map((w) => judgeWeek(view, w, rule, clock));
  const deciding = worstObservation(used);
  if (deciding === null) {
    return { status: 'not_enough_data', reason: 'No complete week of this stage to judge yet.', evidence: null, used, trend: null };
  }
  const status = statusOfOutcome[deciding.outcome];
  const info = metricInfo[metric];
  const needs = thresholdText(criterion.comparator, criterion.threshold, info.unit);
  const reason =
    status === 'pass' || status === 'fail'
      ? `${info.label}${groupText(deciding.group)} ${scopeText(deciding.scope)} is ${measurementText(deciding, info, rule.confidence ? criterion.threshold : null, criterion.threshold)}; the gate needs ${needs}${windowNote(window, status, used)}.`
      : unusableText(deciding, metric, rule.minSample, criterion.threshold, 'gate', rule.minSampleText);
  return { status, reason, evidence: deciding, used, trend: null };
}

/** " in every week (weeks 1–4)", " in 2 consecutive weeks": what a multi-week judgement asked. */
function windowNote(window: JudgingWindow, status: CriterionStatus, used: readonly JudgedObservation[]): string {
  if (window.kind === 'whole' || (window.runLength === 1 && window.because !== 'continuous')) return '';
  const asked = window.runLength > 1 ? ` in ${window.runLength} consecutive weeks` : ' in every week';
  if (status !== 'pass' || used.length < 2) return asked;
  return `${asked} (${weeksText(used.map((u) => (u.scope.kind === 'week' ? u.scope.week : 0)))} met)`;
}

/**
 * The deciding group's sentence, then every other group with the same result, each with its own
 * figures: a hold must not name one failing group and leave out a worse one (on screen or on paper).
 */
function withOtherGroups(deciding: GroupResult<CriterionStatus>, groups: readonly GroupResult<CriterionStatus>[]): string {
  const others = groups.filter((g) => !g.skipped && g.status === deciding.status && g.group !== deciding.group);
  return [deciding.reason, ...others.map((g) => `Also: ${g.reason}`)].join(' ');
}

/** Appends what the every-group rule checked, naming the groups skipped for too little data. */
function withGroupNote(main: SeriesJudgement, groups: readonly GroupResult<CriterionStatus>[]): string {
  if (main.status === 'fail') {
    const failing = groups.filter((g) => g.status === 'fail').map((g) => `"${g.group}"`);
    if (failing.length === 0) return main.reason;
    return `${main.reason} It also fails in ${failing.length === 1 ? 'group' : 'groups'} ${formatList(failing)}.`;
  }
  if (main.status !== 'pass' || groups.length === 0) return main.reason;
  const checked = groups.filter((g) => !g.skipped).length;
  const skipped = groups.filter((g) => g.skipped).map((g) => `"${g.group}"`);
  const skippedNote = skipped.length > 0 ? `; skipped for too little data: ${formatList(skipped)}` : '';
  if (checked === 0) return `${main.reason} No group had enough data to be checked on its own${skippedNote}.`;
  return `${main.reason} It holds in ${checked === 1 ? 'the 1 group' : `all ${checked} groups`} with enough data${skippedNote}.`;
}
