import { describe, expect, it } from 'vitest';
import { evaluateTrigger } from '../../../shared/gates/evaluate-trigger';
import type { GateContext } from '../../../shared/gates/gate-context';
import type { MetricObservations } from '../../../shared/gates/observations';
import type { Criterion } from '../../../shared/model/schema';
import { available, criterion, ctx, noFile, num, prop, propWeeks, series, wk } from './fixtures';

// Stage starts 2026-09-07; week N is complete from START + 7N (week 2 → 09-21, week 4 → 10-05).

function evaluate(t: Criterion, obs: MetricObservations, today: string, context: Partial<GateContext> = {}) {
  return evaluateTrigger(t, obs, ctx(today, context));
}

/** The template's quality trigger: below 80% for more than two consecutive weeks. */
const qualityTrigger = criterion({
  metric: 'editing_under_limit_share',
  comparator: '<',
  threshold: 80,
  judgedAt: { kind: 'continuous' },
  minSample: 30,
  persistence: { kind: 'more_than_weeks', weeks: 2 },
});
/** Weekly shares in percent, each of 50 outputs; a number under 30 is that many outputs, all fine. */
const quality = (...shares: number[]) =>
  available(series(shares.map((s, i) => wk(i + 1, s < 30 ? prop(s, s) : prop(Math.round((s / 100) * 50), 50)))));

describe('a trigger with "more than 2 consecutive weeks"', () => {
  it.each([
    [
      'fires on the third week in a row',
      '2026-10-05',
      quality(90, 70, 70, 70),
      'fired',
      '2026-10-05',
      [2, 3, 4],
      'Outputs under the editing limit was below 80% in weeks 2–4 — more than 2 consecutive weeks; week 4: 35 of 50 outputs (70%).',
    ],
    [
      'stays fired after a later good week: a met rollback condition needs a decision',
      '2026-10-05',
      quality(70, 70, 70, 90),
      'fired',
      '2026-09-28',
      [1, 2, 3],
      'Outputs under the editing limit was below 80% in weeks 1–3 — more than 2 consecutive weeks; week 3: 35 of 50 outputs (70%).',
    ],
    [
      'is trending after two weeks, with the date it would fire',
      '2026-09-28',
      quality(90, 70, 70),
      'trending',
      '2026-10-05',
      [2, 3],
      'Outputs under the editing limit at week 3 is 35 of 50 outputs (70%), below 80% for 2 consecutive weeks so far; if it stays below 80%, the trigger fires on Oct 5, 2026 (more than 2 consecutive weeks).',
    ],
    [
      'is trending after one week',
      '2026-09-14',
      quality(70),
      'trending',
      '2026-09-28',
      [1],
      'Outputs under the editing limit at week 1 is 35 of 50 outputs (70%), below 80% for 1 week so far; if it stays below 80%, the trigger fires on Sep 28, 2026 (more than 2 consecutive weeks).',
    ],
    [
      'restarts the count after a good week; a fire date after the stage is no forecast',
      '2026-10-05',
      quality(70, 70, 90, 70),
      'not_fired',
      null,
      [4],
      'Outputs under the editing limit at week 4 is 35 of 50 outputs (70%), below 80% in the last week of the stage; firing needs 3 consecutive weeks, and the stage ended on Oct 4, 2026 without it firing.',
    ],
    [
      'restarts the count after a good week, in a longer stage: trending',
      '2026-10-05',
      quality(70, 70, 90, 70, 90, 90),
      'trending',
      '2026-10-19',
      [4],
      'Outputs under the editing limit at week 4 is 35 of 50 outputs (70%), below 80% for 1 week so far; if it stays below 80%, the trigger fires on Oct 19, 2026 (more than 2 consecutive weeks).',
    ],
    [
      'does not fire when quality holds',
      '2026-10-05',
      quality(90, 90, 90, 90),
      'not_fired',
      null,
      [],
      'Outputs under the editing limit at week 4 is 45 of 50 outputs (90%), not below 80%.',
    ],
    [
      'a week below the minimum sample breaks the run rather than extending it',
      '2026-10-05',
      quality(70, 70, 10, 70),
      'not_fired',
      null,
      [4],
      'Outputs under the editing limit at week 4 is 35 of 50 outputs (70%), below 80% in the last week of the stage; firing needs 3 consecutive weeks, and the stage ended on Oct 4, 2026 without it firing.',
    ],
    [
      'the latest week below the minimum sample is not enough data',
      '2026-10-05',
      quality(90, 90, 90, 10),
      'not_enough_data',
      null,
      [],
      'Only 10 outputs in week 4; the trigger needs at least 30.',
    ],
  ] as const)('%s', (_, today, obs, status, firesOn, runWeeks, reason) => {
    const result = evaluate(qualityTrigger, obs, today);
    expect(result.status).toBe(status);
    expect(result.firesOn).toBe(firesOn);
    expect(result.runWeeks).toEqual(runWeeks);
    expect(result.reason).toBe(reason);
  });

  it('fires regardless of the minimum duration: a rollback condition may fire at any time', () => {
    const result = evaluate(qualityTrigger, quality(70, 70, 70), '2026-09-28', { minDurationWeeks: 4 });
    expect(result.status).toBe('fired');
  });
});

describe('a trigger "after 90 days"', () => {
  const adoptionTrigger = criterion({
    metric: 'adoption_rate',
    comparator: '<',
    threshold: 30,
    judgedAt: { kind: 'continuous' },
    persistence: { kind: 'after_days', days: 90 },
  });
  const fullRollout = { durationWeeks: null };
  // Day 90 after 2026-09-07 is 2026-12-06, the last day of week 13; week 13 is complete on Dec 7, 2026.
  const weeks = (active: number[]) => available(series(propWeeks(active.map((a) => [a, 5] as const))));

  it.each([
    [
      'below the threshold before day 90 is trending towards day 90',
      '2026-10-19',
      Array<number>(6).fill(1),
      'trending',
      '2026-12-07',
      'Adoption rate at week 6 is 1 of 5 users (20%), below 30%; if it stays below 30%, the trigger fires on Dec 7, 2026 (after 90 days).',
    ],
    [
      'fires on the first week reaching day 90',
      '2026-12-07',
      Array<number>(13).fill(1),
      'fired',
      '2026-12-07',
      'Adoption rate at week 13 is 1 of 5 users (20%), below 30% after 90 days.',
    ],
    [
      'ignores early weeks when adoption has recovered by day 90',
      '2026-12-07',
      [...Array<number>(12).fill(1), 2],
      'not_fired',
      null,
      'Adoption rate at week 13 is 2 of 5 users (40%), not below 30%.',
    ],
    [
      'says when it will be checked while adoption is fine: not checked yet, never an all-clear',
      '2026-10-19',
      Array<number>(6).fill(2),
      'waiting',
      null,
      'Checked from week 13 (90 days after the start), which ends on Dec 6, 2026; current trend 2 of 5 users (40%) in week 6.',
    ],
  ] as const)('%s', (_, today, active, status, firesOn, reason) => {
    const result = evaluate(adoptionTrigger, weeks([...active]), today, fullRollout);
    expect(result.status).toBe(status);
    expect(result.firesOn).toBe(firesOn);
    expect(result.reason).toBe(reason);
  });

  it.each([
    ['after the stage', '2026-12-20', [2, 2, 2, 2]],
    ['during the stage, with adoption below the threshold', '2026-09-21', [1, 1]],
    ['before the stage starts', '2026-09-01', []],
  ])('in a four-week stage it can never apply, %s: never "not fired"', (_, today, active) => {
    const result = evaluate(adoptionTrigger, weeks(active), today);
    expect(result.status).toBe('unreachable');
    expect(result.firesOn).toBeNull();
    expect(result.reason).toBe(
      'It counts only from 90 days after the start (week 13), but the stage lasts 4 weeks; so this trigger can never fire within the stage.',
    );
  });

  it('a stage that overran its plan with rows naming it can still reach day 90', () => {
    const result = evaluate(adoptionTrigger, weeks(Array<number>(13).fill(1)), '2026-12-07');
    expect(result.status).toBe('fired');
  });
});

describe('a trigger without persistence', () => {
  const incident = criterion({ metric: 'critical_incidents', comparator: '>', threshold: 0, judgedAt: { kind: 'continuous' } });
  const incidents = (...counts: number[]) => available(series(counts.map((c, i) => wk(i + 1, num(c, 1))), null));

  it.each([
    ['one incident fires it', '2026-09-28', incidents(0, 1, 0), 'fired', '2026-09-21', 'Critical incidents at week 2 is 1 incident, above 0 incidents.'],
    ['no incident', '2026-09-28', incidents(0, 0, 0), 'not_fired', null, 'Critical incidents at week 3 is 0 incidents, not above 0 incidents.'],
    ['before the stage starts', '2026-09-01', incidents(), 'waiting', null, 'The stage starts on Sep 7, 2026; nothing to judge yet.'],
    ['without an incident log', '2026-09-28', noFile, 'cannot_measure', null, 'No usage file imported yet.'],
  ] as const)('%s', (_, today, obs, status, firesOn, reason) => {
    const result = evaluate(incident, obs, today);
    expect(result.status).toBe(status);
    expect(result.firesOn).toBe(firesOn);
    expect(result.reason).toBe(reason);
  });

  it('without a start date it is not checked yet, never an all-clear', () => {
    const result = evaluate(incident, incidents(), '2026-09-01', { plannedStart: null });
    expect(result.status).toBe('waiting');
    expect(result.reason).toBe('The stage has no planned start date yet, so its triggers cannot be judged.');
  });
});

describe('triggers judged at a week or at the stage end', () => {
  const adoptionAtWeek4 = criterion({ metric: 'adoption_rate', comparator: '<', threshold: 30, judgedAt: { kind: 'week', week: 4 } });
  const errorsAtEnd = criterion({ metric: 'error_rate', comparator: '>', threshold: 2, minSample: 100 });

  it.each([
    ['week 4 ahead, week 2 below: trending to week 4', adoptionAtWeek4, available(series(propWeeks([[2, 5], [1, 5]]))), '2026-09-21', 'trending', '2026-10-05'],
    ['week 4 ahead, adoption fine', adoptionAtWeek4, available(series(propWeeks([[2, 5], [3, 5]]))), '2026-09-21', 'waiting', null],
    ['week 4 below', adoptionAtWeek4, available(series(propWeeks([[2, 5], [3, 5], [3, 5], [1, 5]]))), '2026-10-05', 'fired', '2026-10-05'],
    ['week 4 without data', adoptionAtWeek4, available(series(propWeeks([[2, 5], [3, 5], [3, 5]]))), '2026-10-05', 'not_enough_data', null],
    ['stage so far above 2%: trending to the end', errorsAtEnd, available(series([], prop(9, 300))), '2026-09-21', 'trending', '2026-10-05'],
    ['stage above 2% at the end', errorsAtEnd, available(series([], prop(9, 300))), '2026-10-05', 'fired', '2026-10-05'],
    ['stage at 1% at the end', errorsAtEnd, available(series([], prop(3, 300))), '2026-10-05', 'not_fired', null],
  ] as const)('%s', (_, trigger, obs, today, status, firesOn) => {
    const result = evaluate(trigger, obs, today);
    expect(result.status).toBe(status);
    expect(result.firesOn).toBe(firesOn);
  });
});

describe('every group and confidence', () => {
  it('fires when one group with enough data meets the condition, naming it; small groups are skipped', () => {
    const perGroup = { ...qualityTrigger, everyGroup: true, persistence: null };
    const obs = available(series(propWeeks([[45, 50]])), {
      Support: series(propWeeks([[30, 50]])),
      Legal: series(propWeeks([[1, 5]])),
    });
    const result = evaluate(perGroup, obs, '2026-09-14');
    expect(result.status).toBe('fired');
    expect(result.reason).toBe('Outputs under the editing limit in group "Support" at week 1 is 30 of 50 outputs (60%), below 80%.');
    expect(result.groups.map((g) => [g.group, g.status, g.skipped])).toEqual([
      ['Legal', 'not_enough_data', true],
      ['Support', 'fired', false],
    ]);
  });

  it('cannot measure when the value cannot be computed, rather than staying quiet', () => {
    const adoption = criterion({ metric: 'adoption_rate', comparator: '<', threshold: 30, judgedAt: { kind: 'continuous' } });
    const rows = { value: null, successes: 2, trials: null, sample: 2 };
    const result = evaluate(adoption, available(series([wk(1, rows)], null)), '2026-09-14');
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toBe('Adoption rate cannot be computed: the number of users enrolled in the stage is not set.');
  });

  it('with statistical confidence, a straddling interval cannot fire a trigger', () => {
    const adoption = criterion({ metric: 'adoption_rate', comparator: '<', threshold: 30, judgedAt: { kind: 'continuous' } });
    const obs = available(series(propWeeks([[1, 5]])));
    expect(evaluate(adoption, obs, '2026-09-14').status).toBe('fired');
    const confident = evaluate(adoption, obs, '2026-09-14', { statisticalConfidence: true });
    expect(confident.status).toBe('not_enough_data');
    expect(confident.reason).toBe('Adoption rate at week 1 is 1 of 5 users (20%, 95% interval 4–62%) — too few users to conclude against 30%.');
  });
});

// Before: a trigger watched "at any time" named only the latest week when it did not fire, so a condition met in an
// earlier week (a run too short to fire), or a week that could not be checked, went unsaid: "at week 4 is 90%, not
// below 50%" read as if every week had been fine.
describe('a trigger watched at any time, not fired, says what its earlier weeks showed', () => {
  const adoption = (persistence: Criterion['persistence']) =>
    criterion({ metric: 'adoption_rate', comparator: '<', threshold: 50, judgedAt: { kind: 'continuous' }, persistence, minSample: 5 });
  const twoWeeks = { kind: 'consecutive_weeks', weeks: 2 } as const;
  const latest = 'Adoption rate at week 4 is 9 of 10 users (90%), not below 50%.';
  it.each([
    ['met in week 1 only, a run of 2 needed', twoWeeks, [[1, 10], [9, 10], [9, 10], [9, 10]], `${latest} It was below 50% in week 1, never in 2 consecutive weeks.`],
    ['met in weeks 1 and 3, never in a row', twoWeeks, [[1, 10], [9, 10], [1, 10], [9, 10]], `${latest} It was below 50% in weeks 1 and 3, never in 2 consecutive weeks.`],
    [
      'more than 2 weeks needed, met in weeks 1–2',
      { kind: 'more_than_weeks', weeks: 2 } as const,
      [[1, 10], [1, 10], [9, 10], [9, 10]],
      `${latest} It was below 50% in weeks 1–2, never in more than 2 consecutive weeks.`,
    ],
    ['week 2 without data', null, [[9, 10], null, [9, 10], [9, 10]], `${latest} Week 2 could not be checked (not enough data), so whether it was below 50% then cannot be told.`],
    ['week 2 under the minimum sample', null, [[9, 10], [1, 2], [9, 10], [9, 10]], `${latest} Week 2 could not be checked (not enough data), so whether it was below 50% then cannot be told.`],
    ['every week clearly not met: the latest week says it all', twoWeeks, [[9, 10], [9, 10], [9, 10], [9, 10]], latest],
  ] as const)('%s', (_, persistence, weeks, reason) => {
    const result = evaluate(adoption(persistence), available(series(propWeeks(weeks))), '2026-10-06');
    expect(result.status).toBe('not_fired');
    expect(result.reason).toBe(reason);
  });
});
