import { describe, expect, it } from 'vitest';
import {
  chartWeekCount,
  criterionChartData,
  metricChartPoints,
  yDomainFor,
} from '../../../renderer/charts/metric-chart-data';
import type { MetricObservations, ObservationSeries, WeeklyObservation } from '../../../shared/gates/observations';
import { wilsonInterval } from '../../../shared/gates/wilson';
import type { Comparator } from '../../../shared/model/enums';
import type { MetricId } from '../../../shared/model/metrics';
import type { Criterion } from '../../../shared/model/schema';
import { newCriterion } from '../../../shared/model/stage-factory';

/** A proportion week: `successes` of `trials`, the value in percent as the adapter gives it. */
const share = (week: number, successes: number, trials: number): WeeklyObservation => ({
  week,
  value: (successes / trials) * 100,
  successes,
  trials,
  sample: trials,
});

const mean = (week: number, value: number | null, sample: number, whyNoValue?: string): WeeklyObservation => ({
  week,
  value,
  successes: null,
  trials: null,
  sample,
  ...(whyNoValue ? { whyNoValue } : {}),
});

const series = (...weeks: WeeklyObservation[]): ObservationSeries => ({ weeks, whole: null });

const criterion = (input: Partial<Omit<Criterion, 'id'>> & { metric: MetricId; comparator: Comparator; threshold: number }): Criterion =>
  newCriterion(input);

const percentBand = (successes: number, trials: number): [number, number] => {
  const interval = wilsonInterval(successes, trials)!;
  return [interval.low * 100, interval.high * 100];
};

describe('metricChartPoints: each week judged by the criterion’s own rule', () => {
  it.each([
    // metric, comparator, threshold, minSample, week, expected outcome
    ['adoption_rate', '>=', 50, 0, share(1, 3, 5), 'meets'],
    ['adoption_rate', '>=', 60, 0, share(1, 3, 5), 'meets'],
    ['adoption_rate', '>', 60, 0, share(1, 3, 5), 'misses'],
    ['adoption_rate', '>=', 61, 0, share(1, 3, 5), 'misses'],
    ['error_rate', '<=', 5, 0, share(1, 1, 20), 'meets'],
    ['error_rate', '<', 5, 0, share(1, 1, 20), 'misses'],
    ['error_rate', '<', 5, 0, share(1, 0, 20), 'meets'],
    ['mean_latency', '<=', 2, 0, mean(1, 1.9, 40), 'meets'],
    ['mean_latency', '<=', 2, 0, mean(1, 2.1, 40), 'misses'],
    ['mean_satisfaction', '>=', 4, 0, mean(1, 4, 12), 'meets'],
    // Below the minimum sample the week is not judged, whichever side the value falls on.
    ['adoption_rate', '>=', 50, 10, share(1, 5, 5), 'too_small'],
    ['mean_latency', '<=', 2, 50, mean(1, 9, 40), 'too_small'],
    // Rows but no computable value (e.g. enrolment unknown) is "no value", never a miss.
    ['adoption_rate', '>=', 50, 0, mean(1, null, 4, 'Enrolment unknown'), 'no_value'],
  ] as const)('%s %s %d (min %d) → %s', (metric, comparator, threshold, minSample, week, outcome) => {
    const [point] = metricChartPoints(series(week), criterion({ metric, comparator, threshold, minSample }), false, 1);
    expect(point?.outcome).toBe(outcome);
    expect(point?.value).toBe(week.value);
    expect(point?.sample).toBe(week.sample);
  });

  it.each([
    // With statistical confidence a proportion is judged on its whole 95% Wilson interval.
    ['18 of 20 against ≥ 60%: the whole interval is above', share(1, 18, 20), '>=', 60, 'meets'],
    ['3 of 5 against ≥ 50%: the interval straddles 50%', share(1, 3, 5), '>=', 50, 'inconclusive'],
    ['1 of 20 against ≥ 50%: the whole interval is below', share(1, 1, 20), '>=', 50, 'misses'],
    ['0 of 200 against < 5%: the whole interval is below', share(1, 0, 200), '<', 5, 'meets'],
  ] as const)('with confidence, %s', (_, week, comparator, threshold, outcome) => {
    const rule = criterion({ metric: 'adoption_rate', comparator, threshold });
    expect(metricChartPoints(series(week), rule, true, 1)[0]?.outcome).toBe(outcome);
  });

  it('ignores the confidence switch for a mean: a value just past the threshold still meets', () => {
    const rule = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: 4 });
    const [point] = metricChartPoints(series(mean(1, 4.01, 3)), rule, true, 1);
    expect(point?.outcome).toBe('meets');
    expect(point?.band).toBeNull();
  });

  it.each([
    [3, 5],
    [0, 5],
    [5, 5],
    [42, 108],
  ])('gives a proportion week with %d of %d the 95%% Wilson band in percent', (successes, trials) => {
    const rule = criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80 });
    const [point] = metricChartPoints(series(share(1, successes, trials)), rule, false, 1);
    expect(point?.band).toEqual(percentBand(successes, trials));
    expect(point?.successes).toBe(successes);
    expect(point?.trials).toBe(trials);
    // The band always holds the point it surrounds.
    expect(point!.band![0]).toBeLessThanOrEqual(point!.value!);
    expect(point!.band![1]).toBeGreaterThanOrEqual(point!.value!);
  });

  it('gives no band to a mean, nor to a proportion without counts', () => {
    const latency = criterion({ metric: 'mean_latency', comparator: '<=', threshold: 2 });
    expect(metricChartPoints(series(mean(1, 1.5, 30)), latency, false, 1)[0]?.band).toBeNull();
    const adoption = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 });
    expect(metricChartPoints(series({ ...mean(1, 60, 5) }), adoption, false, 1)[0]?.band).toBeNull();
  });

  it('leaves a week without data as a gap with no outcome, never a zero', () => {
    const rule = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 });
    const points = metricChartPoints(series(share(1, 3, 5), share(3, 4, 5)), rule, false, 4);
    expect(points.map((p) => p.week)).toEqual([1, 2, 3, 4]);
    expect(points.map((p) => p.value)).toEqual([60, null, 80, null]);
    expect(points.map((p) => p.outcome)).toEqual(['meets', null, 'meets', null]);
    expect(points[1]).toMatchObject({ sample: 0, band: null, successes: null, trials: null });
  });

  it('draws only gaps when the metric has no series at all', () => {
    const rule = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 });
    const points = metricChartPoints(null, rule, false, 3);
    expect(points).toHaveLength(3);
    expect(points.every((p) => p.value === null && p.outcome === null)).toBe(true);
  });
});

describe('chartWeekCount: the weeks a chart spans', () => {
  const atWeek = (week: number) => ({ judgedAt: { kind: 'week', week } }) as const;
  const atEnd = { judgedAt: { kind: 'stage_end' } } as const;
  it.each([
    ['the planned weeks', { durationWeeks: 4 }, atEnd, 0, 4],
    ['a judging week past the planned end', { durationWeeks: 4 }, atWeek(6), 0, 6],
    ['a judging week inside the stage', { durationWeeks: 4 }, atWeek(2), 0, 4],
    ['data beyond the planned end', { durationWeeks: 4 }, atEnd, 7, 7],
    ['four weeks when no duration is set', { durationWeeks: null }, atEnd, 0, 4],
    ['at least one week', { durationWeeks: 0 }, atEnd, 0, 1],
  ] as const)('covers %s', (_, stage, rule, lastDataWeek, weeks) => {
    expect(chartWeekCount(stage, rule, lastDataWeek)).toBe(weeks);
  });
});

describe('yDomainFor: one y range for the overall chart and every group', () => {
  const point = (value: number | null, band: [number, number] | null = null) => ({
    week: 1,
    value,
    band,
    sample: 1,
    successes: null,
    trials: null,
    outcome: null,
  });
  it.each([
    ['a percentage share', 'adoption_rate', 50, [point(99)], [0, 100]],
    ['a 1–5 rating', 'mean_satisfaction', 4, [point(4.8)], [1, 5]],
    ['response time, threshold highest', 'mean_latency', 2, [point(1.2)], [0, 3]],
    ['response time, a value above the threshold', 'mean_latency', 2, [point(8.5)], [0, 10]],
    ['a mean share with a band above every value', 'mean_editing_share', 20, [point(10, [5, 40])], [0, 50]],
    ['nothing above zero', 'critical_incidents', 0, [point(0)], [0, 1]],
  ] as const)('fits %s', (_, metric, threshold, points, domain) => {
    expect(yDomainFor(metric, threshold, [points])).toEqual(domain);
  });
});

describe('criterionChartData', () => {
  const START = '2026-09-07';
  /** After every week charted here. */
  const LATER = '2026-12-07';
  const adoption = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 5 } });
  const quality = criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80 });

  it('spans the stage up to the judging week and judges every week, overall and per group in name order', () => {
    const observations: MetricObservations = {
      status: 'available',
      overall: series(share(1, 2, 5), share(2, 3, 5)),
      groups: new Map([
        ['Sales', series(share(1, 1, 2))],
        ['Legal', series(share(2, 2, 3))],
      ]),
    };
    const data = criterionChartData({ durationWeeks: 4, plannedStart: START }, adoption, observations, false, LATER);
    expect(data.overall.map((p) => p.week)).toEqual([1, 2, 3, 4, 5]);
    expect(data.overall.map((p) => p.outcome)).toEqual(['misses', 'meets', null, null, null]);
    expect(data.groups.map((g) => g.group)).toEqual(['Legal', 'Sales']);
    expect(data.groups[0]?.points.map((p) => p.outcome)).toEqual([null, 'meets', null, null, null]);
    expect(data.groups[1]?.points.map((p) => p.outcome)).toEqual(['meets', null, null, null, null]);
    expect(data.groupsNote).toBeNull();
    expect(data.yDomain).toEqual([0, 100]);
  });

  it('leaves out groups with no value and says why', () => {
    const why = 'Adoption has no per-group denominator.';
    const observations: MetricObservations = {
      status: 'available',
      overall: series(share(1, 3, 5)),
      groups: new Map([['Sales', series(mean(1, null, 2, why))]]),
    };
    const data = criterionChartData({ durationWeeks: 2, plannedStart: START }, quality, observations, false, LATER);
    expect(data.groups).toEqual([]);
    expect(data.groupsNote).toBe(why);
  });

  it('draws empty weeks when the metric cannot be measured', () => {
    const data = criterionChartData(
      { durationWeeks: 3, plannedStart: START },
      quality,
      { status: 'unmeasurable', why: { kind: 'no_file', message: 'No quality file imported.' } },
      true,
      LATER,
    );
    expect(data.overall).toHaveLength(3);
    expect(data.overall.every((p) => p.outcome === null && p.value === null)).toBe(true);
    expect(data.groups).toEqual([]);
    expect(data.groupsNote).toBeNull();
  });
});

// Before: a week that had not begun (rows dated after today) was drawn as a measured point beside the others.
describe('criterionChartData: rows dated after today', () => {
  const adoption = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 2 } });
  const observations: MetricObservations = {
    status: 'available',
    overall: series(share(1, 2, 5), share(2, 3, 5), share(3, 3, 5)),
    groups: new Map([['Sales', series(share(1, 1, 2), share(2, 3, 2), share(3, 2, 2))]]),
  };

  it('does not draw a week that has not begun, and says so under the chart', () => {
    // Week 3 starts on 2026-09-21: on 2026-09-20 it has not begun.
    const data = criterionChartData({ durationWeeks: 3, plannedStart: '2026-09-07' }, adoption, observations, false, '2026-09-20');
    expect(data.overall.map((p) => p.value === null)).toEqual([false, false, true]);
    expect(data.groups[0]?.points.map((p) => p.value === null)).toEqual([false, false, true]);
    expect(data.datedAfterToday).toBe('Not drawn: week 3, which starts on Sep 21, 2026, has not begun, so its rows are dated after today (Sep 20, 2026); check the file\'s dates.');
  });

  it('draws it once the week has begun', () => {
    const data = criterionChartData({ durationWeeks: 3, plannedStart: '2026-09-07' }, adoption, observations, false, '2026-09-21');
    expect(data.overall.every((p) => p.value !== null)).toBe(true);
    expect(data.datedAfterToday).toBeNull();
  });
});
