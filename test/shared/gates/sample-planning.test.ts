import { describe, expect, it } from 'vitest';
import {
  conclusiveSampleSize,
  defaultExpectedRate,
  plannedSample,
  samplePlan,
  successesNeeded,
} from '../../../shared/gates/sample-planning';
import { wilsonForRate, wilsonInterval } from '../../../shared/gates/wilson';
import { criterion, stage } from './fixtures';

describe('successesNeeded', () => {
  // Hand-checked lower bounds: 4/5 → 37.6%, 5/5 → 56.6%; 8/10 → 49.0%, 9/10 → 59.6%; 3/3 → 43.9%;
  // 100/100 → 96.3%. Upper bounds: 2/400 → 1.80%, 3/400 → 2.18%; 0/10 → 27.8%.
  it.each([
    [5, '>=', 50, { direction: 'at_least', successes: 5, of: 5 }],
    [10, '>=', 50, { direction: 'at_least', successes: 9, of: 10 }],
    [3, '>=', 50, null],
    [100, '>', 95, { direction: 'at_least', successes: 100, of: 100 }],
    [400, '<', 2, { direction: 'at_most', successes: 2, of: 400 }],
    [10, '<', 2, null],
    [10, '<=', 30, { direction: 'at_most', successes: 0, of: 10 }],
    [0, '>=', 50, null],
  ] as const)('%d with %s %d%% → %j', (n, comparator, threshold, expected) => {
    expect(successesNeeded(n, comparator, threshold)).toEqual(expected);
  });

  it('agrees with the interval itself at every size: one fewer success would not clear', () => {
    for (let n = 1; n <= 60; n++) {
      const needed = successesNeeded(n, '>=', 50);
      if (needed === null) continue;
      expect((wilsonInterval(needed.successes, n)?.low ?? 0) * 100).toBeGreaterThanOrEqual(50);
      if (needed.successes > 0) expect((wilsonInterval(needed.successes - 1, n)?.low ?? 1) * 100).toBeLessThan(50);
    }
  });
});

describe('conclusiveSampleSize', () => {
  it('finds the smallest sample at which the expected rate clears the threshold', () => {
    const n = conclusiveSampleSize('>=', 50, 65);
    expect(n).toBe(43);
    // Checked against the interval: at 42 the lower bound is 49.88%, at 43 it is 50.06%.
    expect(wilsonForRate(0.65, 42).low).toBeLessThan(0.5);
    expect(wilsonForRate(0.65, 43).low).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['>=', 50, 50, null],
    ['>=', 50, 40, null],
    ['<', 2, 3, null],
    ['<', 2, 1, 753],
    ['>', 95, 97.5, 292],
  ] as const)('%s %d at an expected %d%% → %s', (comparator, threshold, expected, n) => {
    expect(conclusiveSampleSize(comparator, threshold, expected)).toBe(n);
  });
});

describe('defaultExpectedRate', () => {
  it.each([
    ['>=', 50, 65],
    ['>=', 80, 90],
    ['>', 95, 97.5],
    ['<', 2, 1],
    ['<=', 30, 15],
  ] as const)('%s %d → plan for %d%%', (comparator, threshold, expected) => {
    expect(defaultExpectedRate(comparator, threshold)).toBe(expected);
  });
});

describe('plannedSample', () => {
  const adoption = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 });
  it.each([
    ['enrolled users', stage({ enrolledUsers: 8 }), adoption, 8],
    ['the audience maximum when enrolment is unknown', stage({ enrolledUsers: null }), adoption, 5],
    ['nothing for a traffic audience without enrolment', stage({ enrolledUsers: null, audience: { kind: 'traffic', percent: 5 } }), adoption, null],
    ['the minimum sample for outputs', stage(), criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, minSample: 30 }), 30],
    ['nothing without a minimum sample', stage(), criterion({ metric: 'error_rate', comparator: '<', threshold: 2 }), null],
  ] as const)('%s', (_, s, c, n) => {
    expect(plannedSample(s, c)).toBe(n);
  });
});

describe('samplePlan', () => {
  it('says what 5 users allow against 50% (SPEC §4)', () => {
    const plan = samplePlan(stage({ enrolledUsers: 5 }), criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 }));
    expect(plan).toMatchObject({ plannedSample: 5, needed: { successes: 5, of: 5 }, expectedRate: 65, conclusiveSample: 43, tooSmall: true });
    expect(plan?.sentence).toBe(
      'With 5 users, adoption rate must reach 5 of 5 for the 95% interval to clear 50%; plan at least 43 users for a conclusive result at the expected 65%.',
    );
  });

  it.each([
    [
      'an error rate ceiling',
      stage(),
      criterion({ metric: 'error_rate', comparator: '<', threshold: 2, minSample: 400 }),
      undefined,
      'With 400 requests, error rate must stay at 2 of 400 or fewer for the 95% interval to stay below 2%; plan at least 753 requests for a conclusive result at the expected 1%.',
    ],
    [
      // At 80%: the lower bound is 49.02% with 10 users and 50.45% with 11.
      'a sample too small for any result',
      stage({ enrolledUsers: 3 }),
      criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 }),
      80,
      'With 3 users, even 3 of 3 cannot clear 50% with 95% confidence; plan at least 11 users for a conclusive result at the expected 80%.',
    ],
    [
      'an unknown enrolment',
      stage({ enrolledUsers: null, audience: { kind: 'all' } }),
      criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 }),
      undefined,
      'Set the number of users enrolled in the stage to see what the sample allows; plan at least 43 users for a conclusive result at the expected 65%.',
    ],
    [
      'an expected rate that cannot pass',
      stage({ enrolledUsers: 10 }),
      criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 }),
      45,
      'With 10 users, adoption rate must reach 9 of 10 for the 95% interval to clear 50%; no sample size makes a result at the expected 45% conclusive.',
    ],
  ] as const)('%s', (_, s, c, expected, sentence) => {
    expect(samplePlan(s, c, expected)?.sentence).toBe(sentence);
  });

  it('has nothing to say about means and counts', () => {
    expect(samplePlan(stage(), criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: 3.5 }))).toBeNull();
    expect(samplePlan(stage(), criterion({ metric: 'critical_incidents', comparator: '<=', threshold: 0 }))).toBeNull();
  });
});
