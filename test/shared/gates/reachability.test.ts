import { describe, expect, it } from 'vitest';
import { neverAppliesText } from '../../../shared/gates/reachability';
import { criterion } from './fixtures';

describe('neverAppliesText: rules that can never apply within their stage, said before the pilot', () => {
  const base = { metric: 'adoption_rate', comparator: '<', threshold: 30 } as const;
  it.each([
    [
      '"after 90 days" on a 4-week stage',
      criterion({ ...base, judgedAt: { kind: 'continuous' }, persistence: { kind: 'after_days', days: 90 } }),
      { durationWeeks: 4, minDurationWeeks: 0 },
      'trigger',
      'It counts only from 90 days after the start (week 13), but the stage lasts 4 weeks; so this trigger can never fire within the stage.',
    ],
    [
      'more than 2 consecutive weeks in a 2-week stage',
      criterion({ ...base, judgedAt: { kind: 'continuous' }, persistence: { kind: 'more_than_weeks', weeks: 2 } }),
      { durationWeeks: 2, minDurationWeeks: 0 },
      'trigger',
      'It needs 3 consecutive weeks, but the stage lasts 2 weeks; so this trigger can never fire within the stage.',
    ],
    [
      'judged at week 6 of a 4-week stage',
      criterion({ ...base, judgedAt: { kind: 'week', week: 6 } }),
      { durationWeeks: 4, minDurationWeeks: 0 },
      'criterion',
      'It is judged at week 6, but the stage lasts 4 weeks; so this criterion can never be judged within the stage.',
    ],
    [
      'a minimum duration longer than the stage',
      criterion({ ...base, judgedAt: { kind: 'stage_end' } }),
      { durationWeeks: 2, minDurationWeeks: 3 },
      'criterion',
      "The stage's minimum duration is longer than the stage (the stage lasts 2 weeks); so this criterion can never be judged within the stage.",
    ],
  ] as const)('%s', (_, rule, stage, purpose, text) => {
    expect(neverAppliesText(rule, stage, purpose)).toBe(text);
  });

  it.each([
    ['an open-ended stage', criterion({ ...base, judgedAt: { kind: 'continuous' }, persistence: { kind: 'after_days', days: 90 } }), { durationWeeks: null, minDurationWeeks: 0 }],
    ['week 4 of a 4-week stage', criterion({ ...base, judgedAt: { kind: 'week', week: 4 } }), { durationWeeks: 4, minDurationWeeks: 0 }],
    ['"after 21 days" on a 4-week stage', criterion({ ...base, judgedAt: { kind: 'continuous' }, persistence: { kind: 'after_days', days: 21 } }), { durationWeeks: 4, minDurationWeeks: 0 }],
    ['the minimum duration ignored for a trigger', criterion({ ...base, judgedAt: { kind: 'stage_end' } }), { durationWeeks: 2, minDurationWeeks: 3 }],
  ] as const)('%s can apply', (_, rule, stage) => {
    expect(neverAppliesText(rule, stage, 'trigger')).toBeNull();
  });

  it.each([
    ['judged at week 4', { kind: 'week', week: 4 }, null, 'criterion'],
    ['judged continuously', { kind: 'continuous' }, null, 'trigger'],
    ['at the stage end over 2 consecutive weeks', { kind: 'stage_end' }, { kind: 'consecutive_weeks', weeks: 2 }, 'criterion'],
  ] as const)('test results have no weeks: accuracy %s cannot be judged', (_, judgedAt, persistence, purpose) => {
    const rule = criterion({ metric: 'accuracy', comparator: '>=', threshold: 90, judgedAt, persistence });
    expect(neverAppliesText(rule, { durationWeeks: 4, minDurationWeeks: 0 }, purpose)).toBe(
      'Accuracy is one figure for the whole test-results file, without weeks, so it cannot be judged by week: judge it at the stage end, without a run of weeks.',
    );
  });

  it('test results judged at the stage end are fine, also in an open-ended stage', () => {
    const rule = criterion({ metric: 'accuracy', comparator: '>=', threshold: 90 });
    expect(neverAppliesText(rule, { durationWeeks: null, minDurationWeeks: 0 }, 'criterion')).toBeNull();
  });
});
