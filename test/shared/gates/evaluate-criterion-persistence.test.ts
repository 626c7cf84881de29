import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared/model/schema';
import { available, criterion, propWeeks, series } from './fixtures';
import { evaluate } from './evaluate-criterion-helpers';

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
