import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import type { GateContext } from '../../../shared/gates/gate-context';
import type { MetricObservations } from '../../../shared/gates/observations';
import type { Criterion } from '../../../shared/model/schema';
import { available, criterion, ctx, noFile, num, prop, propWeeks, series, wk } from './fixtures';

// Stage starts 2026-09-07; week N is complete (judgeable) from START + 7N:
// week 1 → 2026-09-14, week 2 → 09-21, week 3 → 09-28, week 4 → 10-05.

function evaluate(c: Criterion, obs: MetricObservations, today: string, context: Partial<GateContext> = {}) {
  return evaluateCriterion(c, obs, ctx(today, context));
}

const adoptionWeek4 = criterion({
  metric: 'adoption_rate',
  comparator: '>=',
  threshold: 50,
  judgedAt: { kind: 'week', week: 4 },
  minSample: 2,
});

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

describe('persistence', () => {
  const approval = (persistence: Criterion['persistence'], judgedAt: Criterion['judgedAt'] = { kind: 'continuous' }) =>
    criterion({ metric: 'approval_rate', comparator: '>', threshold: 95, minSample: 100, persistence, judgedAt });
  const twoWeeks = approval({ kind: 'consecutive_weeks', weeks: 2 });
  const weeksOf = (...approved: number[]) => available(series(propWeeks(approved.map((a) => [a, 100] as const))));

  it.each([
    [
      'one complete week is not yet two',
      '2026-09-14',
      weeksOf(98),
      'pending',
      'Needs 2 consecutive complete weeks; the earliest, week 2, ends on Sep 20, 2026; current trend 98 of 100 outputs (98%) in week 1.',
    ],
    [
      'two consecutive weeks above',
      '2026-09-21',
      weeksOf(98, 97),
      'pass',
      'Reviewer approval rate at week 2 is 97 of 100 outputs (97%); the gate needs above 95% in 2 consecutive weeks (weeks 1–2 met).',
    ],
    [
      'the latest week breaks the run',
      '2026-09-28',
      weeksOf(98, 97, 90),
      'fail',
      'Reviewer approval rate at week 3 is 90 of 100 outputs (90%); the gate needs above 95% in 2 consecutive weeks.',
    ],
    [
      'a dip earlier does not matter once the latest two weeks hold',
      '2026-10-05',
      weeksOf(90, 98, 97, 99),
      'pass',
      'Reviewer approval rate at week 4 is 99 of 100 outputs (99%); the gate needs above 95% in 2 consecutive weeks (weeks 3–4 met).',
    ],
  ] as const)('consecutive weeks, continuous: %s', (_, today, obs, status, reason) => {
    const result = evaluate(twoWeeks, obs, today);
    expect(result.status).toBe(status);
    expect(result.reason).toBe(reason);
  });

  it.each([
    ['consecutive 3 at week 2 waits for week 3', approval({ kind: 'consecutive_weeks', weeks: 3 }, { kind: 'week', week: 2 }), [1, 2, 3], '2026-09-28'],
    ['consecutive 2 at week 4', approval({ kind: 'consecutive_weeks', weeks: 2 }, { kind: 'week', week: 4 }), [3, 4], '2026-10-05'],
    ['more than 1 week means 2 weeks', approval({ kind: 'more_than_weeks', weeks: 1 }, { kind: 'week', week: 4 }), [3, 4], '2026-10-05'],
    ['consecutive 2 at stage end: the last two weeks', approval({ kind: 'consecutive_weeks', weeks: 2 }, { kind: 'stage_end' }), [3, 4], '2026-10-05'],
  ] as const)('%s', (_, c, weeks, judgedOn) => {
    const result = evaluate(c, weeksOf(97, 97, 97, 97), '2026-12-01');
    expect(result.judgedWeeks).toEqual(weeks);
    expect(result.judgedOn).toBe(judgedOn);
    expect(result.status).toBe('pass');
  });

  describe('after N days', () => {
    const adoption = criterion({
      metric: 'adoption_rate',
      comparator: '>=',
      threshold: 50,
      judgedAt: { kind: 'continuous' },
      persistence: { kind: 'after_days', days: 14 },
    });
    const lowThenHigh = available(series(propWeeks([[1, 5], [1, 5], [3, 5], [4, 5]])));

    it('waits until then, saying so', () => {
      const result = evaluate(adoption, lowThenHigh, '2026-09-25');
      expect(result.status).toBe('pending');
      expect(result.reason).toMatch(/^Judged from week 3 \(14 days after the start\), which ends on Sep 27, 2026;/);
    });

    it('counts only the weeks from that day on', () => {
      const result = evaluate(adoption, lowThenHigh, '2026-10-05');
      expect(result.status).toBe('pass');
      expect(result.judgedWeeks).toEqual([3, 4]);
    });

    it('delays a week judgement too', () => {
      const week1 = criterion({
        metric: 'adoption_rate',
        comparator: '>=',
        threshold: 50,
        judgedAt: { kind: 'week', week: 1 },
        persistence: { kind: 'after_days', days: 30 },
      });
      const result = evaluate(week1, lowThenHigh, '2026-10-01');
      expect(result.status).toBe('pending');
      expect(result.judgedOn).toBe('2026-10-07');
      expect(result.reason).toMatch(/^Judged from Oct 7, 2026, 30 days after the start;/);
    });
  });
});

describe('every group', () => {
  const quality = criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, minSample: 30, everyGroup: true });
  const whole = (s: number, t: number) => series([], prop(s, t));

  it('one group failing fails the criterion, and the reason names it', () => {
    const obs = available(whole(165, 200), { Sales: whole(95, 100), Support: whole(70, 100) });
    const result = evaluate(quality, obs, '2026-10-05');
    expect(result.status).toBe('fail');
    expect(result.reason).toBe(
      'Outputs under the editing limit in group "Support" over the stage is 70 of 100 outputs (70%); the gate needs at least 80%.',
    );
    expect(result.evidence?.group).toBe('Support');
    expect(result.groups.map((g) => [g.group, g.status, g.skipped])).toEqual([
      ['Sales', 'pass', false],
      ['Support', 'fail', false],
    ]);
  });

  it('a group below the minimum sample is skipped, not failed', () => {
    const obs = available(whole(92, 110), { Legal: whole(2, 10), Sales: whole(90, 100) });
    const result = evaluate(quality, obs, '2026-10-05');
    expect(result.status).toBe('pass');
    expect(result.groups.find((g) => g.group === 'Legal')).toMatchObject({ status: 'not_enough_data', skipped: true });
    expect(result.reason).toBe(
      'Outputs under the editing limit over the stage is 92 of 110 outputs (83.6%); the gate needs at least 80%. It holds in the 1 group with enough data; skipped for too little data: "Legal".',
    );
  });

  it('passes when every group with enough data holds', () => {
    const obs = available(whole(170, 200), { Sales: whole(85, 100), Support: whole(85, 100) });
    const result = evaluate(quality, obs, '2026-10-05');
    expect(result.status).toBe('pass');
    expect(result.reason).toMatch(/It holds in all 2 groups with enough data\.$/);
  });

  it('names failing groups when the whole audience fails too', () => {
    const obs = available(whole(150, 200), { Sales: whole(80, 100), Support: whole(70, 100) });
    const result = evaluate(quality, obs, '2026-10-05');
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(/It also fails in group "Support"\.$/);
  });

  it('ignores groups when the criterion does not ask for every group', () => {
    const obs = available(whole(165, 200), { Support: whole(70, 100) });
    const result = evaluate({ ...quality, everyGroup: false }, obs, '2026-10-05');
    expect(result.status).toBe('pass');
    expect(result.groups).toEqual([]);
  });

  it('does not depend on the order groups were imported in', () => {
    const a = available(whole(165, 200), { Sales: whole(95, 100), Support: whole(70, 100) });
    const b = available(whole(165, 200), { Support: whole(70, 100), Sales: whole(95, 100) });
    expect(evaluate(quality, a, '2026-10-05')).toEqual(evaluate(quality, b, '2026-10-05'));
  });
});

describe('statistical confidence', () => {
  const at = (metric: Criterion['metric'], comparator: Criterion['comparator'], threshold: number) =>
    criterion({ metric, comparator, threshold, judgedAt: { kind: 'week', week: 1 } });

  // Intervals (95% Wilson): 2/5 12–77%, 3/5 23–88%, 5/5 57–100%, 0/10 0–28%, 0/400 0–0.95%,
  // 4/200 0.78–5.03%, 20/400 3.26–7.60%, 100/100 96.3–100%, 0/100 0–3.70%, 2/100 0.55–7.00%, 20/100 13.3–28.9%.
  it.each([
    ['adoption_rate', '>=', 50, 2, 5, 'fail', 'not_enough_data'],
    ['adoption_rate', '>=', 50, 3, 5, 'pass', 'not_enough_data'],
    ['adoption_rate', '>=', 50, 5, 5, 'pass', 'pass'],
    ['adoption_rate', '>=', 50, 0, 10, 'fail', 'fail'],
    ['error_rate', '<', 2, 0, 400, 'pass', 'pass'],
    ['error_rate', '<', 2, 4, 200, 'fail', 'not_enough_data'],
    ['error_rate', '<', 2, 20, 400, 'fail', 'fail'],
    ['approval_rate', '>', 95, 100, 100, 'pass', 'pass'],
    ['approval_rate', '>', 95, 96, 100, 'pass', 'not_enough_data'],
    ['error_rate', '<=', 5, 0, 100, 'pass', 'pass'],
    ['error_rate', '<=', 5, 2, 100, 'pass', 'not_enough_data'],
    ['error_rate', '<=', 5, 20, 100, 'fail', 'fail'],
  ] as const)('%s %s %d with %d of %d: %s without, %s with confidence', (metric, comparator, threshold, k, n, plain, confident) => {
    const c = at(metric, comparator, threshold);
    const obs = available(series(propWeeks([[k, n]])));
    expect(evaluate(c, obs, '2026-09-14').status).toBe(plain);
    expect(evaluate(c, obs, '2026-09-14', { statisticalConfidence: true }).status).toBe(confident);
  });

  it('says the sample is too small to conclude, with the interval', () => {
    const result = evaluate(adoptionWeek4, available(series(propWeeks([[4, 5], [3, 5], [2, 5], [2, 5]]))), '2026-10-05', {
      statisticalConfidence: true,
    });
    expect(result.reason).toBe(
      'Adoption rate at week 4 is 2 of 5 users (40%, 95% interval 12–77%) — too few users to conclude against 50%.',
    );
  });

  it('shows the interval that cleared the threshold on a pass', () => {
    const result = evaluate(at('adoption_rate', '>=', 50), available(series(propWeeks([[5, 5]]))), '2026-09-14', {
      statisticalConfidence: true,
    });
    expect(result.reason).toBe('Adoption rate at week 1 is 5 of 5 users (100%, 95% interval 57–100%); the gate needs at least 50%.');
  });

  it('leaves means alone: they have no Wilson interval', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: 3.5, minSample: 20, judgedAt: { kind: 'week', week: 1 } });
    const obs = available(series([wk(1, num(3.6, 24))]));
    const result = evaluate(c, obs, '2026-09-14', { statisticalConfidence: true });
    expect(result.status).toBe('pass');
    expect(result.reason).toBe('Mean satisfaction at week 1 is 3.6/5 (24 ratings); the gate needs at least 3.5/5.');
    expect(result.evidence?.interval).toBeNull();
  });
});

describe('cannot measure is kept apart from fail', () => {
  it('a metric without its file', () => {
    const result = evaluate(adoptionWeek4, noFile, '2026-10-05');
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toBe('No usage file imported yet.');
  });

  it('a value that cannot be computed although rows exist (enrolment unknown)', () => {
    const rows = { value: null, successes: 3, trials: null, sample: 3 };
    const result = evaluate(adoptionWeek4, available(series([wk(4, rows)], null)), '2026-10-05');
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toBe('Adoption rate cannot be computed: the number of users enrolled in the stage is not set.');
  });

  it("uses the data's own explanation when it gives one, and says so before the judging week", () => {
    const rows = { value: null, successes: 3, trials: null, sample: 3, whyNoValue: 'No roster imported for this stage.' };
    const result = evaluate(adoptionWeek4, available(series([wk(1, rows)], null)), '2026-09-15');
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toBe('No roster imported for this stage.');
  });
});

describe('a stage that has not started', () => {
  it.each([
    ['no planned start', { plannedStart: null }, '2026-10-05', 'The stage has no planned start date yet, so its gates cannot be judged.', null],
    ['a start in the future', {}, '2026-09-01', 'The stage starts on Sep 7, 2026; nothing to judge yet.', '2026-10-05'],
  ] as const)('%s → pending', (_, context, today, reason, judgedOn) => {
    // Even with no file imported: before the stage runs, no data is expected.
    const result = evaluate(adoptionWeek4, noFile, today, context);
    expect(result.status).toBe('pending');
    expect(result.reason).toBe(reason);
    expect(result.judgedOn).toBe(judgedOn);
  });

  it('rejects a day that is not a date', () => {
    expect(() => evaluate(adoptionWeek4, noFile, '2026-02-30')).toThrow(RangeError);
  });
});
