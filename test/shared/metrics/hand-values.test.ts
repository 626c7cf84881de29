import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import type { MetricObservations, ObservationLookup } from '../../../shared/gates/observations';
import { handObservation, handSeries, handValuesUsed, withHandValues } from '../../../shared/metrics/hand-values';
import type { HandFigure, HandValue } from '../../../shared/model/schema';
import type { MetricId } from '../../../shared/model/metrics';
import { available, criterion, ctx, prop, series } from '../gates/fixtures';

let n = 0;
function hand(metric: MetricId, week: number | null, figure: HandFigure, stageId = 's1', source = 'Grafana export'): HandValue {
  n += 1;
  return { id: `h${n}`, stageId, metric, week, figure, source, note: '', recordedAt: '2026-09-20T10:00:00.000Z' };
}
const counts = (successes: number, trials: number): HandFigure => ({ kind: 'counts', successes, trials });
const value = (v: number, sample: number): HandFigure => ({ kind: 'value', value: v, sample });

describe('handObservation', () => {
  it.each([
    ['counts of a share', hand('error_rate', 1, counts(3, 200)), { value: 1.5, successes: 3, trials: 200, sample: 200, ratio: { num: 300, den: 200 } }],
    ['a share as a value', hand('approval_rate', 1, value(96.5, 120)), { value: 96.5, successes: null, trials: null, sample: 120 }],
    ['a mean', hand('mean_latency', 1, value(2.4, 500)), { value: 2.4, successes: null, trials: null, sample: 500 }],
    ['a count', hand('critical_incidents', 2, value(1, 1)), { value: 1, successes: null, trials: null, sample: 1 }],
  ])('%s', (_label, v, expected) => {
    expect(handObservation(v)).toEqual({ ...expected, handRecorded: { source: 'Grafana export' } });
  });

  it.each([
    ['a share above 100%', hand('error_rate', 1, value(120, 50)), /cannot be a share/],
    ['a fractional incident count', hand('critical_incidents', 1, value(1.5, 1)), /not a whole count/],
    ['counts for a mean', hand('mean_latency', 1, counts(3, 10)), /not a share/],
  ])('has no value for %s, and says why', (_label, v, why) => {
    expect(handObservation(v)).toMatchObject({ value: null, whyNoValue: expect.stringMatching(why) });
  });
});

describe('handSeries', () => {
  it('pools weekly counts for the whole stage, and lets a later entry for a week replace an earlier one', () => {
    const s = handSeries([hand('error_rate', 1, counts(3, 200)), hand('error_rate', 2, counts(9, 300)), hand('error_rate', 1, counts(2, 200))], 'error_rate');
    expect(s.weeks.map((w) => [w.week, w.successes, w.trials])).toEqual([
      [1, 2, 200],
      [2, 9, 300],
    ]);
    expect(s.whole).toMatchObject({ successes: 11, trials: 500, value: 2.2 });
  });

  it.each([
    ['counts add up', 'critical_incidents', [value(1, 1), value(0, 1), value(2, 1)], 3],
    ['means weigh by their samples', 'mean_latency', [value(2, 100), value(3, 300)], 2.75],
  ] as const)('%s', (_label, metric, figures, whole) => {
    expect(handSeries(figures.map((f, i) => hand(metric, i + 1, f)), metric).whole?.value).toBe(whole);
  });

  it('prefers a value recorded for the whole stage to the pooled weeks', () => {
    const s = handSeries([hand('error_rate', 1, counts(3, 200)), hand('error_rate', null, counts(10, 1000))], 'error_rate');
    expect(s.whole).toMatchObject({ successes: 10, trials: 1000 });
  });

  it('does not pool means whose sample is unknown', () => {
    expect(handSeries([hand('mean_latency', 1, value(2, 0)), hand('mean_latency', 2, value(3, 10))], 'mean_latency').whole).toBeNull();
  });
});

describe('withHandValues: files first, hand values where no file measures the metric', () => {
  const fromFile: MetricObservations = available(series([], prop(1, 5)));
  const unusable: MetricObservations = { status: 'unmeasurable', why: { kind: 'unusable', message: 'Every row was rejected.' } };
  const noFile: MetricObservations = { status: 'unmeasurable', why: { kind: 'no_file', message: 'No file carries this metric.' } };
  const files: ObservationLookup = (_s, metric) => (metric === 'adoption_rate' ? fromFile : metric === 'mean_satisfaction' ? unusable : noFile);
  const values = [hand('error_rate', 1, counts(3, 200)), hand('adoption_rate', 1, counts(5, 5)), hand('mean_satisfaction', 1, value(4, 10))];
  const lookup = withHandValues(files, values);

  it.each([
    ['a file measures it: the file', 'adoption_rate', 's1', fromFile],
    ['its file is unusable: still the file’s reason, never a quiet substitute', 'mean_satisfaction', 's1', unusable],
    ['no hand value of the metric anywhere: no file', 'approval_rate', 's1', noFile],
  ] as const)('%s', (_label, metric, stage, expected) => {
    expect(lookup(stage, metric)).toBe(expected);
  });

  it('measures a metric no file carries from its hand values, without groups', () => {
    const obs = lookup('s1', 'error_rate');
    expect(obs.status === 'available' && obs.overall.weeks[0]).toMatchObject({ week: 1, successes: 3, trials: 200 });
    expect(obs.status === 'available' && obs.noGroups).toMatch(/carry no groups/);
    expect(handValuesUsed(files, 's1', 'error_rate')).toBe(true);
    expect(handValuesUsed(files, 's1', 'adoption_rate')).toBe(false);
  });

  it('gives a stage without hand values of that metric no data, not "no file"', () => {
    const obs = lookup('s2', 'error_rate');
    expect(obs).toMatchObject({ status: 'available', overall: { weeks: [], whole: null } });
  });

  it('labels the gate reason as hand-recorded', () => {
    const c = criterion({ metric: 'error_rate', comparator: '<', threshold: 2, judgedAt: { kind: 'week', week: 1 } });
    const result = evaluateCriterion(c, lookup('s1', 'error_rate'), ctx('2026-09-20'));
    expect(result.status).toBe('pass');
    expect(result.reason).toBe('Error rate at week 1 is 3 of 200 requests (1.5%), hand-recorded from "Grafana export"; the gate needs below 2%.');
    expect(result.evidence?.handRecorded).toBe('Grafana export');
  });
});
