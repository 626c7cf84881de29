import { afterTodayWords } from '../../shared/format/format';
import { gateRule } from '../../shared/gates/criterion-rule';
import { judgeObservation } from '../../shared/gates/judge-observation';
import type { MetricObservations, ObservationSeries, WeeklyObservation } from '../../shared/gates/observations';
import type { ObservationOutcome } from '../../shared/gates/results';
import { notBegunWeeksText, weeksNotBegun } from '../../shared/gates/weeks-not-begun';
import { metricInfo, type MetricId } from '../../shared/model/metrics';
import type { Criterion, Stage } from '../../shared/model/schema';

/**
 * The weekly points a gate-metric chart draws, judged by the same rule as the gate
 * (`judgeObservation` from shared/gates), so a point marked "met" on the chart means exactly
 * what the verdict means. Built from the weekly aggregates, never from rows.
 */
export interface MetricChartPoint {
  readonly week: number;
  /** In the metric's display unit (percent for proportions); null when the week has no value. */
  readonly value: number | null;
  /** The 95% Wilson interval in percent, for proportions with counts. */
  readonly band: readonly [number, number] | null;
  readonly sample: number;
  readonly successes: number | null;
  readonly trials: number | null;
  /** How the week stands against the gate; null when the week has no data at all. */
  readonly outcome: ObservationOutcome | null;
  /** The source of a hand-recorded value; absent for values computed from files. */
  readonly hand?: string;
}

/** One group's weekly points, for the small multiples. */
export interface GroupPoints {
  readonly group: string;
  readonly points: readonly MetricChartPoint[];
}

export interface CriterionChartData {
  readonly overall: readonly MetricChartPoint[];
  /** Groups with at least one weekly value, in name order; empty without groups. */
  readonly groups: readonly GroupPoints[];
  /** Why per-group charts are missing although groups exist (e.g. adoption has no per-group denominator). */
  readonly groupsNote: string | null;
  /** The same y range for the overall chart and every small multiple, so they compare at a glance. */
  readonly yDomain: readonly [number, number];
  /**
   * Weeks with rows that are not drawn because they have not begun (rows dated after today, the verdicts' rule), said
   * under the chart: "Not drawn: week 6, which starts on Dec 14, 2026, has not begun, so its rows are dated after today; check the file's dates."
   */
  readonly datedAfterToday: string | null;
}

/** The weeks a stage's chart spans: its planned weeks, the judging week and any week with data. */
export function chartWeekCount(stage: Pick<Stage, 'durationWeeks'>, rule: Pick<Criterion, 'judgedAt'>, lastDataWeek: number): number {
  const judging = rule.judgedAt.kind === 'week' ? rule.judgedAt.week : 0;
  return Math.max(stage.durationWeeks ?? 4, judging, lastDataWeek, 1);
}

/** Judged points for weeks 1…`weeks`; a week without data is a gap, never a zero. */
export function metricChartPoints(
  series: ObservationSeries | null,
  criterion: Criterion,
  confidence: boolean,
  weeks: number,
): MetricChartPoint[] {
  const byWeek = new Map<number, WeeklyObservation>((series?.weeks ?? []).map((w) => [w.week, w]));
  const rule = gateRule(criterion, confidence);
  const points: MetricChartPoint[] = [];
  for (let week = 1; week <= weeks; week++) {
    const observation = byWeek.get(week) ?? null;
    const judged = judgeObservation(observation, rule, { kind: 'week', week, from: '', to: '' }, null);
    points.push({
      week,
      value: judged.value,
      band: judged.interval ? [judged.interval.low, judged.interval.high] : null,
      sample: judged.sample,
      successes: judged.successes,
      trials: judged.trials,
      outcome: observation === null ? null : judged.outcome,
      ...(judged.handRecorded === undefined ? {} : { hand: judged.handRecorded }),
    });
  }
  return points;
}

/** A y range that holds the threshold, every value and every interval, with a little headroom. */
export function yDomainFor(metric: MetricId, threshold: number, pointSets: readonly (readonly MetricChartPoint[])[]): [number, number] {
  const info = metricInfo[metric];
  if (info.unit === '%' && info.kind === 'proportion') return [0, 100];
  if (info.unit === '/5') return [1, 5];
  let top = threshold;
  for (const points of pointSets) {
    for (const p of points) top = Math.max(top, p.value ?? 0, p.band?.[1] ?? 0);
  }
  if (top <= 0) return [0, 1];
  const step = 10 ** Math.floor(Math.log10(top * 1.15));
  return [0, Math.ceil((top * 1.15) / step) * step];
}

function lastWeekOf(observations: MetricObservations): number {
  if (observations.status !== 'available') return 0;
  let last = observations.overall.weeks.at(-1)?.week ?? 0;
  for (const series of observations.groups.values()) last = Math.max(last, series.weeks.at(-1)?.week ?? 0);
  return last;
}

/** Everything a criterion's charts need: the overall series, the per-group series and a shared y range. */
export function criterionChartData(
  stage: Pick<Stage, 'durationWeeks' | 'plannedStart'>,
  criterion: Criterion,
  observations: MetricObservations,
  confidence: boolean,
  today: string,
): CriterionChartData {
  const weeks = chartWeekCount(stage, criterion, lastWeekOf(observations));
  // A week not begun holds rows dated after today: not drawn as if measured, and said under the chart.
  const dataWeeks = observations.status === 'available' ? observations.overall.weeks.map((w) => w.week) : [];
  const later = new Set(weeksNotBegun(stage.plannedStart, dataWeeks, today));
  const drawn = (series: ObservationSeries | null): ObservationSeries | null =>
    series === null || later.size === 0 ? series : { ...series, weeks: series.weeks.filter((w) => !later.has(w.week)) };
  const overall = metricChartPoints(drawn(observations.status === 'available' ? observations.overall : null), criterion, confidence, weeks);
  const groups: GroupPoints[] = [];
  let groupsNote: string | null = null;
  if (observations.status === 'available') {
    const names = [...observations.groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const group of names) {
      const series = observations.groups.get(group) ?? null;
      const points = metricChartPoints(drawn(series), criterion, confidence, weeks);
      if (points.some((p) => p.value !== null)) groups.push({ group, points });
      else groupsNote ??= series?.weeks.find((w) => w.whyNoValue)?.whyNoValue ?? null;
    }
  }
  return {
    overall,
    groups,
    groupsNote: groups.length === 0 ? groupsNote : null,
    yDomain: yDomainFor(criterion.metric, criterion.threshold, [overall, ...groups.map((g) => g.points)]),
    datedAfterToday:
      later.size === 0 || stage.plannedStart === null
        ? null
        : `Not drawn: ${notBegunWeeksText(stage.plannedStart, [...later])}, ${later.size === 1 ? 'has not begun, so its rows are' : 'have not begun, so their rows are'} dated ${afterTodayWords(today)}; check the file's dates.`,
  };
}
