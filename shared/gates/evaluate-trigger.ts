import { metricInfo } from '../model/metrics';
import type { Criterion } from '../model/schema';
import { isoOf, weekCompleteDay } from './calendar';
import { gateRule, ruleSummary, sortedGroups } from './criterion-rule';
import { stageState, type GateContext } from './gate-context';
import { horizonWeek, judgingWindow, type JudgingWindow, type StageClock } from './judging-window';
import type { ObservationRule } from './judge-observation';
import type { MetricObservations } from './observations';
import { notStartedText } from './pending-text';
import type { GroupResult, JudgedObservation, RuleSummary, TriggerResult, TriggerStatus } from './results';
import { judgeWeek, judgeWhole, lastDataWeek, runEndingAt, seriesView, worstObservation, type SeriesView } from './series';
import { isUnreachable, lastReachableWeek, notWeeklyText, unreachableText } from './reachability';
import { firedCaveat } from './either-side';
import { earlierWeeksText, firedText, notFiredText, shortRunText, trendingText, waitingText, type TriggerWords } from './trigger-text';
import { conditionText, noValueText, unusableText } from './wording';

/**
 * Evaluates one rollback trigger of a stage on `ctx.today` (SPEC §4). Same shape as a gate
 * criterion, read the other way: the comparator and threshold describe when to roll back.
 *
 * - fired: the condition held, with enough data, at the judging point — or, for a continuous
 *   trigger, in any complete week (in `runLength` consecutive weeks with a persistence rule).
 *   Firing is sticky: a later good week does not unfire it, because a rollback condition that
 *   was met needs a recorded decision, not a silent recovery.
 * - trending: the latest complete week meets the condition but the rule is not satisfied yet
 *   (run too short, "after N days" not reached, judging week still ahead); `firesOn` says when
 *   it would fire if the run continues.
 * - Triggers ignore the stage's minimum duration: a rollback condition may fire at any time.
 * - With statistical confidence, a proportion meets the condition only when its whole interval
 *   does; a straddling interval is "not enough data", never a firing.
 * - With "every group", the trigger fires when it fires overall or in any group with enough data.
 */
export function evaluateTrigger(trigger: Criterion, observations: MetricObservations, ctx: GateContext): TriggerResult {
  const summary = ruleSummary(trigger);
  // Triggers compare with fixed numbers; a baseline on one (possible only in a hand-edited file)
  // is said, never silently read as a fixed threshold.
  if (trigger.baseline) return quiet(summary, 'cannot_measure', 'Rollback triggers compare with a fixed number, not with a baseline: edit the trigger.');
  const state = stageState(ctx);
  if (state.kind === 'no_start') return quiet(summary, 'waiting', notStartedText(null, 'triggers'));
  const { clock } = state;
  const overall = observations.status === 'available' ? observations.overall : null;
  const lastWeek = lastReachableWeek(clock, overall);
  const window = judgingWindow(trigger, clock, horizonWeek(clock, overall), 'trigger');
  // A rule that cannot apply within the stage is said so, before and during the stage: never "not fired".
  if (lastWeek !== null && isUnreachable(window, clock, lastWeek)) {
    return quiet(summary, 'unreachable', unreachableText(window, lastWeek, 'trigger'));
  }
  const notWeekly = notWeeklyText(trigger.metric, window);
  if (notWeekly !== null) return quiet(summary, 'unreachable', notWeekly);
  if (state.kind === 'not_started') return quiet(summary, 'waiting', notStartedText(state.start, 'triggers'));
  if (observations.status === 'unmeasurable') return quiet(summary, 'cannot_measure', observations.why.message);

  const horizon = horizonWeek(clock, observations.overall);
  const rule = gateRule(trigger, ctx.statisticalConfidence);
  const judge = (view: SeriesView) => judgeTriggerSeries(view, trigger, rule, window, clock, horizon, lastWeek);
  const main = judge(seriesView(observations.overall, null));

  const groups: GroupResult<TriggerStatus>[] = [];
  const groupRuns: SeriesOutcome[] = [];
  if (trigger.everyGroup) {
    for (const [name, series] of sortedGroups(observations.groups)) {
      const g = judge(seriesView(series, name));
      const skipped = g.status === 'not_enough_data' || g.status === 'cannot_measure';
      groups.push({ group: name, status: g.status, skipped, reason: g.reason, evidence: g.evidence });
      if (!skipped) groupRuns.push(g);
    }
  }
  let decided = groupRuns.reduce((best, g) => (moreUrgent(g, best) ? g : best), main);
  // Without groups in the data, "in any group" is unknown: only a firing overall can be said.
  if (trigger.everyGroup && observations.noGroups !== undefined && triggerRank[decided.status] < triggerRank.cannot_measure) {
    decided = { ...decided, status: 'cannot_measure', reason: `${observations.noGroups} ${decided.reason}` };
  }
  const groupUsed = groupRuns.flatMap((g) => g.used);
  return { ...summary, ...decided, caveat: decided.caveat ?? null, used: [...main.used, ...groupUsed], groups };
}

interface SeriesOutcome {
  readonly status: TriggerStatus;
  readonly reason: string;
  readonly evidence: JudgedObservation | null;
  readonly used: readonly JudgedObservation[];
  readonly runWeeks: readonly number[];
  readonly firesOn: string | null;
  /** Only a firing has one (`firedCaveat`). */
  readonly caveat?: string | null;
}

/** Most urgent highest: a firing beats a trend, which beats the quieter outcomes. */
export const triggerRank: Record<TriggerStatus, number> = {
  not_fired: 0,
  unreachable: 0,
  waiting: 1,
  not_enough_data: 2,
  cannot_measure: 3,
  trending: 4,
  fired: 5,
};

/** Whether `a` should be reported over `b`: more urgent, or as urgent and sooner. */
function moreUrgent(a: SeriesOutcome, b: SeriesOutcome): boolean {
  if (triggerRank[a.status] !== triggerRank[b.status]) return triggerRank[a.status] > triggerRank[b.status];
  return a.firesOn !== null && b.firesOn !== null && a.firesOn < b.firesOn;
}

function quiet(summary: RuleSummary, status: TriggerStatus, reason: string): TriggerResult {
  return { ...summary, status, reason, evidence: null, used: [], runWeeks: [], firesOn: null, groups: [], caveat: null };
}

function judgeTriggerSeries(
  view: SeriesView,
  trigger: Criterion,
  rule: ObservationRule,
  window: JudgingWindow,
  clock: StageClock,
  horizon: number,
  lastWeek: number | null,
): SeriesOutcome {
  const info = metricInfo[trigger.metric];
  const words: TriggerWords = {
    info,
    condition: conditionText(trigger.comparator, trigger.threshold, info.unit),
    persistence: trigger.persistence,
    intervalAgainst: rule.confidence ? trigger.threshold : null,
    threshold: trigger.threshold,
  };
  const ready = clock.today >= window.readyDay;
  const week = (w: number) => judgeWeek(view, w, rule, clock);

  // A continuous trigger looks at every complete week it watches; keep them all as evidence.
  const watched = window.kind === 'runs' ? window.weeks.map(week) : [];
  if (window.kind === 'runs') {
    const fired = firstRun(watched, window.runLength);
    if (fired) {
      // It fired when the run reached its length, not when the (extended) run ended.
      const firingWeek = weekOf(fired[0] ?? watched[0] ?? null) + window.runLength - 1;
      return firedOutcome(fired, watched, weekCompleteDay(clock.start, firingWeek), words, firedCaveat(fired, trigger.metric, trigger.comparator, trigger.threshold));
    }
  } else if (ready) {
    const used = window.kind === 'whole' ? [judgeWhole(view, rule, clock)] : window.weeks.map(week);
    if (used.every((u) => u.outcome === 'meets')) return firedOutcome(used, used, window.readyDay, words, firedCaveat(used, trigger.metric, trigger.comparator, trigger.threshold));
    return settled(worstObservation(used), used, trigger, words);
  }

  // Not fired (yet): is the latest complete evidence on its way to firing?
  if (window.kind === 'whole') {
    const soFar = judgeWhole(view, rule, clock);
    if (soFar.outcome === 'meets') return trendingOutcome(soFar, [], window.readyDay, words, 1, 1);
    if (soFar.outcome === 'no_value') return settled(soFar, [soFar], trigger, words);
    return waitingOutcome(waitingText(window, clock, soFar, trigger.metric, lastDataWeek(view)));
  }
  const run = horizon >= 1 ? runEndingAt(view, horizon, rule, clock) : 0;
  if (run >= 1) {
    const judgedWeek = window.kind === 'runs' ? window.shape.firstWeek : (window.weeks[window.weeks.length - 1] ?? horizon);
    const fireWeek = Math.max(horizon + window.runLength - run, judgedWeek + (window.kind === 'runs' ? window.runLength - 1 : 0));
    const latest = week(horizon);
    const runWeeks = Array.from({ length: run }, (_, i) => horizon - run + 1 + i);
    // A fire date after the stage's last week is no forecast: the run cannot reach its length in time.
    if (lastWeek !== null && fireWeek > lastWeek) {
      const ended = clock.completeWeeks >= lastWeek;
      return { ...quietOutcome(shortRunText(latest, words, run, window.runLength, isoOf(weekCompleteDay(clock.start, lastWeek) - 1), ended)), evidence: latest, used: [latest], runWeeks };
    }
    return trendingOutcome(latest, runWeeks, weekCompleteDay(clock.start, fireWeek), words, run, window.runLength);
  }
  const watching = window.kind === 'runs' && horizon >= window.shape.firstWeek && horizon >= 1;
  if (!watching) {
    const latest = horizon >= 1 ? week(horizon) : null;
    if (latest?.outcome === 'no_value') return settled(latest, [latest], trigger, words);
    return waitingOutcome(waitingText(window, clock, latest, trigger.metric, lastDataWeek(view)));
  }
  const latest = settled(week(horizon), watched, trigger, words);
  // "At any time" was checked in every watched week, not only the latest: what the earlier ones showed is said too.
  const earlier = earlierWeeksText(watched.filter((w) => weekOf(w) !== horizon), words, window.runLength);
  return earlier === '' ? latest : { ...latest, reason: `${latest.reason} ${earlier}` };
}

function weekOf(obs: JudgedObservation | null): number {
  return obs?.scope.kind === 'week' ? obs.scope.week : 0;
}

/**
 * The first run of `length` consecutive weeks meeting the condition, extended while it lasts.
 * `judged` holds consecutive weeks; one without enough data breaks a run, because "below
 * threshold for 3 weeks in a row" cannot be claimed across a week nobody measured.
 */
function firstRun(judged: readonly JudgedObservation[], length: number): JudgedObservation[] | null {
  let run: JudgedObservation[] = [];
  for (const j of judged) {
    if (j.outcome === 'meets') run.push(j);
    else if (run.length >= length) break;
    else run = [];
  }
  return run.length >= length ? run : null;
}

function firedOutcome(run: readonly JudgedObservation[], used: readonly JudgedObservation[], day: number, words: TriggerWords, caveat: string | null): SeriesOutcome {
  const last = run[run.length - 1] ?? null;
  return {
    status: 'fired',
    reason: firedText(run, words),
    evidence: last,
    used,
    runWeeks: run.filter((r) => r.scope.kind === 'week').map(weekOf),
    firesOn: isoOf(day),
    caveat,
  };
}

function trendingOutcome(
  latest: JudgedObservation,
  runWeeks: readonly number[],
  day: number,
  words: TriggerWords,
  run: number,
  runLength: number,
): SeriesOutcome {
  const firesOn = isoOf(day);
  return { status: 'trending', reason: trendingText(latest, words, firesOn, run, runLength), evidence: latest, used: [latest], runWeeks, firesOn };
}

function quietOutcome(reason: string): SeriesOutcome {
  return { status: 'not_fired', reason, evidence: null, used: [], runWeeks: [], firesOn: null };
}

/** Not checked yet: its judging point is ahead and nothing is on its way to firing. Never an all-clear. */
function waitingOutcome(reason: string): SeriesOutcome {
  return { status: 'waiting', reason, evidence: null, used: [], runWeeks: [], firesOn: null };
}

/** A judged point that did not fire: clear, unmeasurable, or without enough data. */
function settled(deciding: JudgedObservation | null, used: readonly JudgedObservation[], trigger: Criterion, words: TriggerWords): SeriesOutcome {
  const base = { evidence: deciding, used, runWeeks: [], firesOn: null };
  if (deciding === null) return { ...base, status: 'not_enough_data', reason: 'No complete week of this stage to check yet.' };
  switch (deciding.outcome) {
    case 'misses':
    case 'meets':
      return { ...base, status: 'not_fired', reason: notFiredText(deciding, words) };
    case 'no_value':
      return { ...base, status: 'cannot_measure', reason: noValueText(deciding, trigger.metric) };
    default:
      return { ...base, status: 'not_enough_data', reason: unusableText(deciding, trigger.metric, trigger.minSample, trigger.threshold, 'trigger') };
  }
}
