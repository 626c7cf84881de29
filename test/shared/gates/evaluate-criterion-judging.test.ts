import { describe, expect, it } from 'vitest';
import { available, criterion, num, prop, propWeeks, series, wk } from './fixtures';
import { adoptionWeek4, evaluate } from './evaluate-criterion-helpers';

// When a criterion is judged: at week N, at stage end, continuously, never before the minimum duration.
// Stage start and week dates: see evaluate-criterion-helpers.ts.

describe('judging at week N', () => {
  it.each([
    [
      'the last day of week 4 is still pending, with the trend',
      '2026-10-04',
      [[4, 5], [3, 5], [2, 5], [2, 5]],
      'pending',
      'Judged on week 4, which ends on Oct 4, 2026; current trend 2 of 5 users (40%) in week 4.',
    ],
    [
      'week 4 complete and below the threshold fails',
      '2026-10-05',
      [[4, 5], [3, 5], [2, 5], [2, 5]],
      'fail',
      'Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.',
    ],
    [
      'week 4 complete and at the threshold passes (≥)',
      '2026-10-05',
      [[1, 5], [1, 5], [1, 5], [3, 6]],
      'pass',
      'Adoption rate at week 4 is 3 of 6 users (50%); the gate needs at least 50%.',
    ],
    ['a judging week without data is not enough data', '2026-10-05', [[4, 5], [3, 5], [2, 5], null], 'not_enough_data', 'No data for week 4.'],
    [
      'a judging week below the minimum sample is not enough data',
      '2026-10-05',
      [[4, 5], [3, 5], [2, 5], [1, 1]],
      'not_enough_data',
      'Only 1 user in week 4; the gate needs at least 2.',
    ],
    [
      'later weeks do not change a week-4 judgement',
      '2026-11-30',
      [[4, 5], [3, 5], [2, 5], [3, 5], [0, 5], [0, 5]],
      'pass',
      'Adoption rate at week 4 is 3 of 5 users (60%); the gate needs at least 50%.',
    ],
  ] as const)('%s', (_, today, weeks, status, reason) => {
    const result = evaluate(adoptionWeek4, available(series(propWeeks(weeks))), today);
    expect(result.status).toBe(status);
    expect(result.reason).toBe(reason);
    expect(result.judgedOn).toBe('2026-10-05');
    expect(result.judgedWeeks).toEqual([4]);
  });

  it('carries the evidence of the judged week: counts, dates and its 95% interval', () => {
    const result = evaluate(adoptionWeek4, available(series(propWeeks([[4, 5], [3, 5], [2, 5], [2, 5]]))), '2026-10-05');
    expect(result.evidence).toMatchObject({
      scope: { kind: 'week', week: 4, from: '2026-09-28', to: '2026-10-04' },
      group: null,
      value: 40,
      successes: 2,
      trials: 5,
      sample: 5,
      outcome: 'misses',
    });
    expect(result.evidence?.interval?.low).toBeCloseTo(11.76, 2);
    expect(result.evidence?.interval?.high).toBeCloseTo(76.93, 2);
    expect(result.used).toHaveLength(1);
  });
});

describe('judging at stage end', () => {
  const quality = criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, minSample: 30 });

  it.each([
    [
      'before the planned end: pending with the stage so far',
      '2026-10-04',
      prop(150, 200),
      {},
      'pending',
      'Judged at the end of the stage, on Oct 4, 2026; current trend 150 of 200 outputs (75%) so far.',
    ],
    [
      'after the planned end: the pooled stage decides',
      '2026-10-05',
      prop(170, 200),
      {},
      'pass',
      'Outputs under the editing limit over the stage is 170 of 200 outputs (85%); the gate needs at least 80%.',
    ],
    ['too few outputs', '2026-10-05', prop(12, 12), {}, 'not_enough_data', 'Only 12 outputs so far; the gate needs at least 30.'],
    ['no data at all', '2026-10-05', null, {}, 'not_enough_data', 'No data for this stage yet.'],
    [
      'a stage without a planned end is judged on the data so far',
      '2026-09-20',
      prop(150, 200),
      { durationWeeks: null },
      'fail',
      'Outputs under the editing limit over the stage so far is 150 of 200 outputs (75%); the gate needs at least 80%.',
    ],
  ] as const)('%s', (_, today, whole, context, status, reason) => {
    const result = evaluate(quality, available(series([], whole)), today, context);
    expect(result.status).toBe(status);
    expect(result.reason).toBe(reason);
  });
});

describe('continuous judging', () => {
  const noIncident = criterion({ metric: 'critical_incidents', comparator: '<=', threshold: 0, judgedAt: { kind: 'continuous' } });
  const incidents = (counts: ReadonlyArray<number | null>) =>
    available(series(counts.flatMap((c, i) => (c === null ? [] : [wk(i + 1, num(c, 1))])), null));

  it.each([
    ['no complete week yet', '2026-09-10', [0], 'pending', 'Judged on every complete week; week 1 ends on Sep 13, 2026; current trend 0 incidents in week 1.'],
    [
      'every complete week meets it',
      '2026-09-28',
      [0, 0, 0, 1],
      'pass',
      'Critical incidents at week 3 is 0 incidents; the gate needs at most 0 incidents in every week (weeks 1–3 met).',
    ],
    ['one week misses it', '2026-09-28', [0, 1, 0], 'fail', 'Critical incidents at week 2 is 1 incident; the gate needs at most 0 incidents in every week.'],
    ['a complete week without data', '2026-09-28', [0, null, 0], 'not_enough_data', 'No data for week 2.'],
  ] as const)('%s', (_, today, counts, status, reason) => {
    const result = evaluate(noIncident, incidents(counts), today);
    expect(result.status).toBe(status);
    expect(result.reason).toBe(reason);
  });

  it('judges only the planned weeks once the stage is over (no rows belong to it afterwards)', () => {
    const result = evaluate(noIncident, incidents([0, 0, 0, 0]), '2026-12-01');
    expect(result.status).toBe('pass');
    expect(result.judgedWeeks).toEqual([1, 2, 3, 4]);
  });
});

describe('minimum duration: nothing passes or fails before the stage has run that long', () => {
  const week1 = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 1 } });

  it.each([
    ['2026-09-14', [1, 5], 'pending'],
    ['2026-09-14', [4, 5], 'pending'],
    ['2026-09-27', [4, 5], 'pending'],
    ['2026-09-28', [1, 5], 'fail'],
    ['2026-09-28', [4, 5], 'pass'],
  ] as const)('on %s with week 1 at %j → %s', (today, week, status) => {
    const result = evaluate(week1, available(series(propWeeks([week]))), today, { minDurationWeeks: 3 });
    expect(result.status).toBe(status);
    expect(result.judgedOn).toBe('2026-09-28');
  });

  it('says why it waits and shows the trend', () => {
    const result = evaluate(week1, available(series(propWeeks([[1, 5]]))), '2026-09-20', { minDurationWeeks: 3 });
    expect(result.reason).toBe(
      'No gate passes before Sep 28, 2026: the stage must run at least 3 weeks; current trend 1 of 5 users (20%) in week 1.',
    );
    expect(result.trend?.value).toBe(20);
  });
});
