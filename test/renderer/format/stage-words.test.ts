import { describe, expect, it } from 'vitest';
import { newCriterion } from '../../../shared/model/stage-factory';
import type { Audience } from '../../../shared/model/schema';
import { audienceWords, criterionWords, durationWords } from '../../../renderer/format/stage-words';

describe('criterionWords', () => {
  it.each([
    [
      'a week-4 gate with a minimum sample',
      newCriterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 4 }, minSample: 2 }),
      true,
      'Adoption rate at least 50% at week 4 (min. 2 users) — required',
    ],
    [
      'an advisory gate at stage end in every group',
      newCriterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, minSample: 30, everyGroup: true, required: false }),
      true,
      'Outputs under the editing limit at least 80% at the end of the stage in every group (min. 30 outputs) — advisory',
    ],
    [
      'a trigger with a persistence rule',
      newCriterion({ metric: 'editing_under_limit_share', comparator: '<', threshold: 80, persistence: { kind: 'more_than_weeks', weeks: 2 } }),
      false,
      'Outputs under the editing limit below 80% for more than 2 consecutive weeks',
    ],
    [
      'a trigger after a number of days',
      newCriterion({ metric: 'adoption_rate', comparator: '<', threshold: 30, persistence: { kind: 'after_days', days: 90 } }),
      false,
      'Adoption rate below 30% after 90 days',
    ],
    [
      'no incidents at all',
      newCriterion({ metric: 'critical_incidents', comparator: '<=', threshold: 0, judgedAt: { kind: 'continuous' } }),
      true,
      'No critical incidents at any time — required',
    ],
    [
      'a mean on a five-point scale',
      newCriterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: 3.5, minSample: 1 }),
      true,
      'Mean satisfaction at least 3.5/5 at the end of the stage (min. 1 rating) — required',
    ],
  ])('words %s', (_case, criterion, showRequired, expected) => {
    expect(criterionWords(criterion, { showRequired })).toBe(expected);
  });
});

describe('audienceWords and durationWords', () => {
  it.each<[Audience, string]>([
    [{ kind: 'users', min: 2, max: 5 }, '2–5 users'],
    [{ kind: 'users', min: 1, max: 1 }, '1 user'],
    [{ kind: 'users', min: 0, max: 0 }, 'Users not set yet'],
    [{ kind: 'traffic', percent: 5 }, '5% of traffic'],
    [{ kind: 'all' }, 'All target users'],
  ])('%o reads "%s"', (audience, expected) => {
    expect(audienceWords(audience)).toBe(expected);
  });

  it.each([
    [4, 2, '4 weeks (at least 2 weeks)'],
    [1, 0, '1 week'],
    [null, 0, 'Open-ended'],
  ])('%s weeks planned, %s minimum: "%s"', (durationWeeks, minDurationWeeks, expected) => {
    expect(durationWords({ durationWeeks, minDurationWeeks })).toBe(expected);
  });
});
