import { describe, expect, it } from 'vitest';
import { baselineTrendText } from '../../../shared/gates/baseline-wording';
import { dayOf } from '../../../shared/gates/calendar';
import { freshnessOf, trendLabel, trendText } from '../../../shared/gates/pending-text';
import type { JudgedObservation, ObservationScope } from '../../../shared/gates/results';

// A four-week stage from Monday 2026-09-07: week 1 is Sep 7–13, week 4 Sep 28 – Oct 4.
const START = dayOf('2026-09-07')!;
const clockOn = (today: string, durationWeeks: number | null = 4) => ({ today: dayOf(today)!, start: START, durationWeeks });

function adoption(scope: ObservationScope): JudgedObservation {
  return { scope, group: null, value: 60, sample: 5, successes: 3, trials: 5, interval: null, outcome: 'meets', note: null };
}
const week = (n: number): ObservationScope => ({ kind: 'week', week: n, from: '', to: '' });
const stage: ObservationScope = { kind: 'stage', from: '2026-09-07', to: '2026-10-04' };

describe('the trend beside a pending judgement is true on the day it is read', () => {
  it.each([
    // Data in this week or the last complete one: a current trend.
    ['week 2 read in week 2', week(2), '2026-09-16', null, 2, 'current trend 3 of 5 users (60%) in week 2'],
    ['week 1 read in week 2', week(1), '2026-09-16', null, 1, 'current trend 3 of 5 users (60%) in week 1'],
    // A file that stopped arriving: named as the latest data, with the day it ended.
    ['week 1 read in week 4', week(1), '2026-09-30', null, 1, 'latest data 3 of 5 users (60%) in week 1; week 1 ended on Sep 13, 2026 and nothing newer has arrived'],
    // Rows dated after today: never a trend.
    ['week 4 read in week 2', week(4), '2026-09-16', null, 4, "the data hold rows dated after today (Sep 16, 2026): 3 of 5 users (60%) in week 4; week 4 starts on Sep 28, 2026, check the file's dates"],
    // The whole stage so far, by the latest week the data reach.
    ['the stage up to week 3, read in week 3', stage, '2026-09-23', null, 3, 'current trend 3 of 5 users (60%) so far'],
    ['the stage up to week 1, read in week 4', stage, '2026-10-01', null, 1, '3 of 5 users (60%) so far; the data end with week 1, which ended on Sep 13, 2026, and nothing newer has arrived'],
    ['the stage up to week 4, read in week 2', stage, '2026-09-16', null, 4, "3 of 5 users (60%) so far, counting rows dated after today (Sep 16, 2026); the data reach week 4, which starts on Sep 28, 2026: check the file's dates"],
    // An open-ended stage keeps counting weeks; a stage that has ended expects nothing after its last week.
    ['week 2 of an open-ended stage, read in week 6', week(2), '2026-10-14', 'open', 2, 'latest data 3 of 5 users (60%) in week 2; week 2 ended on Sep 20, 2026 and nothing newer has arrived'],
    ['week 4 of an ended stage, read weeks later', week(4), '2026-11-20', null, 4, 'current trend 3 of 5 users (60%) in week 4'],
  ])('%s', (_, scope, today, open, lastWeek, text) => {
    const clock = clockOn(today, open === 'open' ? null : 4);
    expect(trendText(adoption(scope), 'adoption_rate', clock, lastWeek)).toBe(text);
  });

  it('says "no data yet" when there is none', () => {
    expect(trendText(null, 'adoption_rate', clockOn('2026-09-16'), null)).toBe('no data yet');
  });

  it.each([
    [1, '2026-09-07', 'current'],
    [2, '2026-09-13', 'future'],
    [2, '2026-09-14', 'current'],
    [1, '2026-09-27', 'stale'],
    [2, '2026-09-27', 'current'],
  ])('week %i on %s is %s', (n, today, kind) => {
    expect(freshnessOf(n, clockOn(today)).kind).toBe(kind);
  });

  it.each([
    ['2026-09-16', 'current trend 3 of 5 users (60%) in week 2 against a baseline of 4 of 10 users (40%)'],
    ['2026-10-01', 'latest data 3 of 5 users (60%) in week 2 against a baseline of 4 of 10 users (40%); week 2 ended on Sep 20, 2026 and nothing newer has arrived'],
  ])('a baseline comparison read on %s', (today, text) => {
    const trend = { ...adoption(week(2)), baseline: { source: 'the previous stage', value: 40, sample: 10, successes: 4, trials: 10, difference: null } };
    expect(baselineTrendText(trend, 'adoption_rate', clockOn(today), 2)).toBe(text);
  });

  it.each([
    ['this week', { kind: 'week', week: 2, from: '2026-09-14', to: '2026-09-20' }, '2026-09-16', 'Current trend'],
    ['the last complete week', { kind: 'week', week: 1, from: '2026-09-07', to: '2026-09-13' }, '2026-09-20', 'Current trend'],
    ['a week that ended before the last complete one', { kind: 'week', week: 1, from: '2026-09-07', to: '2026-09-13' }, '2026-09-21', 'Latest data'],
    ['a week not begun', { kind: 'week', week: 4, from: '2026-09-28', to: '2026-10-04' }, '2026-09-16', 'Dated after today'],
    ['the whole stage', stage, '2026-09-16', 'So far'],
  ] as const)('the figure of %s is labelled as such', (_, scope, today, label) => {
    expect(trendLabel(adoption(scope), today)).toBe(label);
  });
});
