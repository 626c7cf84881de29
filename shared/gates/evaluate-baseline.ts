import { metricInfo } from '../model/metrics';
import type { Baseline, Criterion } from '../model/schema';
import { compare } from '../thresholds/compare';
import { dayOf, isoOf } from './calendar';
import { ruleSummary } from './criterion-rule';
import { stageState, type GateContext } from './gate-context';
import { horizonWeek, judgingWindow, type StageClock } from './judging-window';
import { differenceOf, withoutGroup } from './baseline-sides';
import { baselineReason, baselineTrendText, periodWords } from './baseline-wording';
import { formatDate } from '../format/format';
import type { MetricObservations, Observation, ObservationSeries } from './observations';
import { notStartedText, readyText } from './pending-text';
import type { BaselineEvidence, CriterionResult, CriterionStatus, JudgedObservation, ObservationOutcome, ObservationScope } from './results';
import { statusOfOutcome } from './results';
import { stageScope, weekScope, worstObservation } from './series';

/**
 * The other side of a previous-stage or period baseline: the stage before this one (its name) or
 * the baseline period, with its observations of the metric.
 */
export interface PreviousStage {
  readonly name: string;
  readonly observations: MetricObservations;
}

/**
 * Evaluates a criterion that compares with a baseline (SPEC §4) instead of a fixed number.
 *
 * The comparator and threshold apply to the difference "this stage − baseline": "≥ −0.2" is
 * "not more than 0.2 below the baseline", "≤ 0.5" is "not more than 0.5 points above it". The
 * difference is judged by its whole 95% interval — Newcombe's for proportions, Welch's for
 * means — as the plan's statistical-confidence rule judges a proportion: pass when the whole
 * interval meets the rule, fail when the whole interval misses it, "not enough data" when it
 * straddles the allowed difference. A difference whose interval nobody can compute is never a
 * pass. The minimum sample applies to each side. The judging point, minimum duration and
 * persistence work as for a fixed threshold; each judged week is compared with the baseline of
 * the same scope (the previous stage's whole run, or the control group's same week).
 */
export function evaluateBaselineCriterion(
  criterion: Criterion,
  baseline: Baseline,
  observations: MetricObservations,
  ctx: GateContext,
  previous: PreviousStage | null,
): CriterionResult {
  const summary = ruleSummary(criterion);
  const state = stageState(ctx);
  const result = (status: CriterionStatus, reason: string, rest: Partial<CriterionResult> = {}): CriterionResult => ({
    ...summary,
    evidence: null,
    used: [],
    trend: null,
    groups: [],
    judgedWeeks: [],
    judgedOn: null,
    // A baseline is judged on its whole interval in either mode: a pass or fail never straddles its margin.
    caveat: null,
    status,
    reason,
    ...rest,
  });
  if (state.kind === 'no_start') return result('pending', notStartedText(null, 'gates'));
  const { clock } = state;
  const overall = observations.status === 'available' ? observations.overall : null;
  const window = judgingWindow(criterion, clock, horizonWeek(clock, overall), 'criterion');
  const timing = { judgedOn: isoOf(window.readyDay), judgedWeeks: window.weeks };
  if (state.kind === 'not_started') return result('pending', notStartedText(state.start, 'gates'), timing);
  if (observations.status === 'unmeasurable') return result('cannot_measure', observations.why.message, timing);

  const info = metricInfo[criterion.metric];
  if (info.kind === 'count' || criterion.metric === 'median_editing_share') {
    return result('cannot_measure', `${info.label} cannot be compared with a baseline: the comparison needs a share or a mean. Compare it with a fixed number instead.`, timing);
  }
  const kind = info.kind === 'proportion' ? 'proportion' : 'mean';
  if (criterion.everyGroup) {
    return result('cannot_measure', '"In every group" cannot be combined with a baseline: the comparison is made over the whole audience. Untick "Must hold in every group".', timing);
  }
  const overlap = baseline.kind === 'period' ? periodOverlapText(baseline.from, baseline.to, clock) : null;
  if (overlap !== null) return result('cannot_measure', overlap, timing);
  const sides = baselineSides(baseline, observations, previous, kind);
  if ('status' in sides) return result(sides.status, sides.reason, timing);

  const judge = (scope: ObservationScope, week: number | null): JudgedObservation =>
    judgePair(sides.current(week), sides.baseline(week), sides.source, criterion, kind, scope);
  if (clock.today < window.readyDay) {
    const last = overall?.weeks[overall.weeks.length - 1];
    const latest = window.kind === 'whole' ? judge(stageScope(clock), null) : last ? judge(weekScope(clock, last.week), last.week) : null;
    const trend = latest && latest.outcome !== 'no_data' ? latest : null;
    return result('pending', `${readyText(window, clock)}; ${baselineTrendText(trend, criterion.metric, clock, last?.week ?? null)}.`, { ...timing, trend });
  }
  const used = window.kind === 'whole' ? [judge(stageScope(clock), null)] : window.weeks.map((w) => judge(weekScope(clock, w), w));
  const deciding = worstObservation(used);
  if (deciding === null) return result('not_enough_data', 'No complete week of this stage to judge yet.', { ...timing, used });
  return result(statusOfOutcome[deciding.outcome], baselineReason(deciding, criterion), { ...timing, used, evidence: deciding });
}


interface Sides {
  readonly source: string;
  /** This side at a week, or over the whole stage (null). */
  readonly current: (week: number | null) => Observation | null;
  readonly baseline: (week: number | null) => Observation | null;
}

function at(series: ObservationSeries | null | undefined, week: number | null): Observation | null {
  if (!series) return null;
  if (week === null) return series.whole;
  return series.weeks.find((w) => w.week === week) ?? null;
}

function baselineSides(
  baseline: Baseline,
  observations: Extract<MetricObservations, { status: 'available' }>,
  previous: PreviousStage | null,
  kind: 'proportion' | 'mean',
): Sides | { status: CriterionStatus; reason: string } {
  if (baseline.kind === 'previous_stage') {
    if (previous === null) {
      return { status: 'cannot_measure', reason: 'This is the first stage: there is no previous stage to compare with. Add a stage before it (for example the weeks before the AI) or choose a control group.' };
    }
    const source = `the previous stage "${previous.name}"`;
    if (previous.observations.status === 'unmeasurable') {
      return { status: 'cannot_measure', reason: `The baseline, ${source}, cannot be measured: ${previous.observations.why.message}` };
    }
    const before = previous.observations.overall.whole;
    return { source, current: (week) => at(observations.overall, week), baseline: () => before };
  }
  if (baseline.kind === 'period') return periodSides(baseline.from, baseline.to, observations, previous);
  const name = baseline.group;
  const source = `control group "${name}"`;
  if (observations.noGroups !== undefined) return { status: 'cannot_measure', reason: `${observations.noGroups.replace('"in every group"', 'a control group')}` };
  const group = observations.groups.get(name);
  if (group === undefined) {
    return { status: 'not_enough_data', reason: `No rows of the ${source} in this stage yet (the group column must hold "${name}" exactly).` };
  }
  return {
    source,
    current: (week) => withoutGroup(kind, at(observations.overall, week), at(group, week), name),
    baseline: (week) => at(group, week),
  };
}

/**
 * A period that shares days with the stage would put the same rows on both sides: the interval
 * assumes two independent samples, so such a comparison proves nothing.
 */
function periodOverlapText(from: string, to: string, clock: StageClock): string | null {
  const first = dayOf(from);
  const last = dayOf(to);
  if (first === null || last === null) return `The baseline period ${from} to ${to} is not made of calendar dates.`;
  const stageLast = clock.durationWeeks === null ? Infinity : clock.start + 7 * clock.durationWeeks - 1;
  if (last < clock.start || first > stageLast) return null;
  return `The baseline period (${formatDate(from)} to ${formatDate(to)}) overlaps this stage, which starts on ${formatDate(isoOf(clock.start))}: the same rows would be on both sides. End the period before the stage starts.`;
}

/**
 * A period before the AI: the metric's rows dated in it, pooled. No rows there is "cannot
 * measure" — waiting will not bring data into a period that is over; the dates or the file must change.
 */
function periodSides(
  from: string,
  to: string,
  observations: Extract<MetricObservations, { status: 'available' }>,
  period: PreviousStage | null,
): Sides | { status: CriterionStatus; reason: string } {
  const source = periodWords(from, to);
  const dates = `${formatDate(from)} and ${formatDate(to)}`;
  if (period === null || period.observations.status === 'unmeasurable') {
    const why = period?.observations.status === 'unmeasurable' ? ` ${period.observations.why.message}` : '';
    return { status: 'cannot_measure', reason: `No data between ${dates} can be read for the baseline.${why}` };
  }
  const before = period.observations.overall.whole;
  if (before === null || isEmpty(before)) {
    return {
      status: 'cannot_measure',
      reason: `No data between ${dates}: the baseline period has no rows of this metric. Import the file that covers those dates (rows dated in the period count whatever their stage), or change the period.`,
    };
  }
  return { source, current: (week) => at(observations.overall, week), baseline: () => before };
}

/** Nothing observed — unless the observation says why its value is missing (then it is "cannot measure"). */
function isEmpty(obs: Observation): boolean {
  return obs.value === null && obs.sample === 0 && obs.whyNoValue === undefined;
}

function judgePair(
  current: Observation | null,
  base: Observation | null,
  source: string,
  criterion: Criterion,
  kind: 'proportion' | 'mean',
  scope: ObservationScope,
): JudgedObservation {
  let outcome: ObservationOutcome;
  let note: string | null = null;
  let difference: BaselineEvidence['difference'] = null;
  if (current === null || isEmpty(current)) outcome = 'no_data';
  else if (current.value === null) [outcome, note] = ['no_value', current.whyNoValue ?? null];
  else if (base === null || isEmpty(base)) [outcome, note] = ['no_data', `No baseline data from ${source}.`];
  else if (base.value === null) [outcome, note] = ['no_value', `The baseline, ${source}, has no value: ${base.whyNoValue ?? 'it cannot be computed from its rows.'}`];
  // A difference's interval is a confidence judgement: a sampled log's counts would make it too narrow.
  else if (kind === 'proportion' && (current.sampled ?? base.sampled) !== undefined) [outcome, note] = ['no_value', current.sampled ?? base.sampled ?? null];
  else if (current.sample < criterion.minSample || base.sample < criterion.minSample) outcome = 'too_small';
  else {
    const d = differenceOf(kind, current, base);
    if (!d.ok) [outcome, note] = ['inconclusive', `No 95% interval for the difference: ${d.why}.`];
    else {
      difference = { value: d.interval.difference, low: d.interval.low, high: d.interval.high };
      const low = compare(d.interval.low, criterion.comparator, criterion.threshold);
      const high = compare(d.interval.high, criterion.comparator, criterion.threshold);
      outcome = low && high ? 'meets' : !low && !high ? 'misses' : 'inconclusive';
    }
  }
  return {
    scope,
    group: null,
    value: current?.value ?? null,
    sample: current?.sample ?? 0,
    successes: current?.successes ?? null,
    trials: current?.trials ?? null,
    interval: null,
    outcome,
    note,
    baseline: {
      source,
      value: base?.value ?? null,
      sample: base?.sample ?? 0,
      successes: base?.successes ?? null,
      trials: base?.trials ?? null,
      difference,
    },
  };
}
