import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import { evaluateTrigger } from '../../../shared/gates/evaluate-trigger';
import type { MetricObservations, Observation } from '../../../shared/gates/observations';
import { evaluatePlan } from '../../../shared/gates/stage-verdict';
import type { Baseline, Criterion, Plan } from '../../../shared/model/schema';
import { available, criterion, ctx, noFile, prop, series, stage, wk } from './fixtures';

/** A mean observation of whole ratings, carrying the moments Welch's interval needs. */
function ratings(values: readonly number[]): Observation {
  const sum = values.reduce((a, b) => a + b, 0);
  const sumOfSquares = values.reduce((a, b) => a + b * b, 0);
  return { value: sum / values.length, successes: null, trials: null, sample: values.length, moments: { n: values.length, sum, sumOfSquares } };
}

// The "ratings" case of welch.test.ts (scipy 1.17.1 ttest_ind, equal_var=False):
// difference +0.4667, 95% interval −0.1545 to +1.0878.
const PILOT = ratings([4, 5, 4, 3, 5, 4, 4, 5, 3, 4, 5, 4]);
const BEFORE = ratings([4, 4, 3, 3, 4, 5, 3, 4, 4, 3]);

const AFTER_END = '2026-10-10';
const previousStage: Baseline = { kind: 'previous_stage' };

function whole(obs: Observation | null): MetricObservations {
  return available(series([], obs));
}

function judged(c: Criterion, observations: MetricObservations, before: MetricObservations | null, today = AFTER_END) {
  return evaluateCriterion(c, observations, ctx(today), before === null ? null : { name: 'Before the AI', observations: before });
}

describe('a criterion judged against the previous stage (means, Welch)', () => {
  it.each([
    // threshold on the difference, comparator, expected status
    [-0.2, '>=', 'pass'],
    [-0.1, '>=', 'not_enough_data'],
    [1.1, '>=', 'fail'],
    [1.1, '<=', 'pass'],
    [-0.2, '<=', 'fail'],
  ] as const)('difference ≥/≤ %d (%s) → %s', (threshold, comparator, status) => {
    const c = criterion({ metric: 'mean_satisfaction', comparator, threshold, baseline: previousStage });
    expect(judged(c, whole(PILOT), whole(BEFORE)).status).toBe(status);
  });

  it('names both sides, the difference with its interval and what the gate allows', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: previousStage });
    const result = judged(c, whole(PILOT), whole(BEFORE));
    expect(result.reason).toBe(
      'Mean satisfaction over the stage is 4.17/5 (12 ratings) against a baseline of 3.7/5 (10 ratings), the previous stage "Before the AI", ' +
        'difference +0.47 (95% interval \u22120.15 to +1.09); the gate allows at least \u22120.2 (the whole interval must be within it).',
    );
    expect(result.evidence?.baseline?.difference?.low).toBeCloseTo(-0.154509, 5);
    expect(result.evidence?.baseline?.difference?.high).toBeCloseTo(1.087842, 5);
  });

  it('says the straddling interval is too little data, naming the allowed difference', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.1, baseline: previousStage });
    expect(judged(c, whole(PILOT), whole(BEFORE)).reason).toMatch(/the gate allows at least \u22120.1, and the interval reaches past it — too few ratings to conclude\.$/);
  });

  it('never passes on identical ratings: no spread, no interval', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: previousStage });
    const result = judged(c, whole(ratings([4, 4, 4, 4])), whole(ratings([4, 4, 4])));
    expect(result.status).toBe('not_enough_data');
    expect(result.reason).toMatch(/identical/);
  });

  it('applies the minimum sample to each side', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, minSample: 11, baseline: previousStage });
    const result = judged(c, whole(PILOT), whole(BEFORE));
    expect(result.status).toBe('not_enough_data');
    expect(result.reason).toBe(
      'Only 12 ratings in this stage and 10 ratings in the baseline (the previous stage "Before the AI"); the gate needs at least 11 on each side.',
    );
  });

  it.each([
    ['the first stage', null, 'cannot_measure', /first stage/],
    ['a previous stage without the file', noFile, 'cannot_measure', /baseline, the previous stage "Before the AI", cannot be measured/],
    ['a previous stage without data', whole(null), 'not_enough_data', /No baseline data/],
  ] as const)('with %s: %s', (_label, before, status, reason) => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: previousStage });
    const result = judged(c, whole(PILOT), before);
    expect(result.status).toBe(status);
    expect(result.reason).toMatch(reason);
  });

  it('is pending before the judging point, with the trend against the baseline', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: previousStage });
    const result = judged(c, whole(PILOT), whole(BEFORE), '2026-09-20');
    expect(result.status).toBe('pending');
    expect(result.reason).toMatch(/^Judged at the end of the stage, on Oct 4, 2026; current trend 4.17\/5 \(12 ratings\) so far against a baseline of 3.7\/5/);
  });

  it.each([
    ['a median', 'median_editing_share'],
    ['a count', 'critical_incidents'],
  ] as const)('refuses %s: only shares and means have an interval for the difference', (_label, metric) => {
    const c = criterion({ metric, comparator: '<=', threshold: 0, baseline: previousStage });
    expect(judged(c, whole({ value: 3, successes: null, trials: null, sample: 4 }), whole(BEFORE)).status).toBe('cannot_measure');
  });
});

describe('a criterion judged against the previous stage (shares, Newcombe)', () => {
  // "error rate not above baseline + 0.5 points". Intervals in points from Newcombe's method 10,
  // recomputed in Python (scipy's z): 90 vs 80 of 10,000 → −0.157 to +0.358; 120 vs 80 → +0.124
  // to +0.681; 200 vs 80 → +0.878 to +1.533.
  it.each([
    [90, 'pass'],
    [120, 'not_enough_data'],
    [200, 'fail'],
  ] as const)('%d errors in 10,000 against 80 in 10,000 → %s', (errors, status) => {
    const c = criterion({ metric: 'error_rate', comparator: '<=', threshold: 0.5, baseline: previousStage });
    expect(judged(c, whole(prop(errors, 10_000)), whole(prop(80, 10_000))).status).toBe(status);
  });

  it('speaks in percentage points', () => {
    const c = criterion({ metric: 'error_rate', comparator: '<=', threshold: 0.5, baseline: previousStage });
    expect(judged(c, whole(prop(200, 10_000)), whole(prop(80, 10_000))).reason).toBe(
      'Error rate over the stage is 200 of 10,000 requests (2%) against a baseline of 80 of 10,000 requests (0.8%), the previous stage "Before the AI", ' +
        'difference +1.2 points (95% interval +0.88 to +1.53); the gate allows at most +0.5 points (the whole interval must be within it).',
    );
  });
});

describe('a criterion judged against a control group', () => {
  const control: Baseline = { kind: 'control_group', group: 'Control' };

  it('compares everyone else with the control group (20 of 25 against 10 of 25 → +12.9 to +60.0 points)', () => {
    const c = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 0, baseline: control });
    const result = judged(c, available(series([], prop(30, 50)), { Control: series([], prop(10, 25)) }), null);
    expect(result.status).toBe('pass');
    expect(result.evidence?.value).toBe(80);
    expect(result.evidence?.baseline?.difference?.low).toBeCloseTo(12.853, 3);
    expect(result.evidence?.baseline?.difference?.high).toBeCloseTo(59.9884, 3);
    expect(result.reason).toMatch(/is 20 of 25 users \(80%\) against a baseline of 10 of 25 users \(40%\), control group "Control"/);
  });

  it('takes the control group out of a mean by its sums', () => {
    const everyone: Observation = ratings([4, 5, 4, 3, 5, 4, 4, 5, 3, 4, 5, 4, 4, 4, 3, 3, 4, 5, 3, 4, 4, 3]);
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: control });
    const result = judged(c, available(series([], everyone), { Control: series([], BEFORE) }), null);
    expect(result.evidence?.value).toBeCloseTo(PILOT.value ?? 0, 12);
    expect(result.evidence?.baseline?.difference?.low).toBeCloseTo(-0.154509, 5);
    expect(result.status).toBe('pass');
  });

  it('judges each week against the same week of the control group', () => {
    const c = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 0, baseline: control, judgedAt: { kind: 'week', week: 2 } });
    const overall = series([wk(1, prop(30, 50)), wk(2, prop(12, 50))]);
    const group = series([wk(1, prop(10, 25)), wk(2, prop(10, 25))]);
    const result = judged(c, available(overall, { Control: group }), null);
    expect(result.status).toBe('fail');
    expect(result.evidence?.scope).toMatchObject({ kind: 'week', week: 2 });
    expect(result.evidence?.value).toBe(8);
  });

  it.each([
    ['no rows of the group', available(series([], prop(30, 50)), {}), 'not_enough_data', /No rows of the control group "Control"/],
    ['no group column', { ...available(series([], prop(30, 50))), noGroups: 'No group column is mapped in the usage file, so "in every group" cannot be checked.' }, 'cannot_measure', /so a control group cannot be checked/],
    ['a group larger than the stage', available(series([], prop(10, 20)), { Control: series([], prop(10, 25)) }), 'cannot_measure', /holds more than the whole stage/],
  ] as const)('with %s: %s', (_label, observations, status, reason) => {
    const c = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 0, baseline: control });
    const result = judged(c, observations, null);
    expect(result.status).toBe(status);
    expect(result.reason).toMatch(reason);
  });
});

describe('baselines across a plan', () => {
  it('gives each stage the stage before it as its baseline', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: previousStage });
    const first = stage({ id: 'before', name: 'Before the AI', plannedStart: '2026-08-10' });
    const second = stage({ id: 'pilot', name: 'Pilot', criteria: [c] });
    const plan = { statisticalConfidence: false, stages: [first, second] } as unknown as Plan;
    const lookup = (stageId: string): MetricObservations => whole(stageId === 'before' ? BEFORE : PILOT);
    const [, evaluation] = evaluatePlan(plan, lookup, AFTER_END);
    expect(evaluation?.criteria[0]?.status).toBe('pass');
    expect(evaluation?.criteria[0]?.evidence?.baseline?.source).toBe('the previous stage "Before the AI"');
    expect(evaluation?.verdict).toBe('proceed');
  });

  it('never reads a baseline on a rollback trigger as a fixed number', () => {
    const t = criterion({ metric: 'mean_satisfaction', comparator: '<', threshold: -0.2, baseline: previousStage, judgedAt: { kind: 'continuous' } });
    expect(evaluateTrigger(t, whole(PILOT), ctx(AFTER_END)).status).toBe('cannot_measure');
  });
});

describe('a baseline with "in every group"', () => {
  it('is never judged on the whole audience alone as if every group had been checked', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: previousStage, everyGroup: true });
    const result = judged(c, whole(PILOT), whole(BEFORE));
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toMatch(/cannot be combined with a baseline/);
  });
});
