import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLocale } from '../../../shared/format/format';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import { evaluateTrigger } from '../../../shared/gates/evaluate-trigger';
import { available, criterion, ctx, prop, series, wk } from '../gates/fixtures';

/*
 * A gate sentence follows the user's locale: its date, its counts and its decimals, while its
 * words stay English and its verdict does not move. Stage starts 2026-09-07 (fixtures).
 */

/** Below 80.5% for more than two consecutive weeks; week 1 measured 2117 of 3000 outputs (70.6%). */
const trigger = criterion({
  metric: 'editing_under_limit_share',
  comparator: '<',
  threshold: 80.5,
  judgedAt: { kind: 'continuous' },
  minSample: 30,
  persistence: { kind: 'more_than_weeks', weeks: 2 },
});
const quality = available(series([wk(1, prop(2117, 3000))]));

const gate = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 45.55, judgedAt: { kind: 'week', week: 4 }, minSample: 2 });
/** 5 of 11 users is 45.45%: shown as 45.5%, beside a threshold typed as 45.55% and shown as typed. */
const adoption = available(series([wk(4, prop(5, 11))]));

afterEach(() => {
  setFormatLocale('en-US');
});

describe('a gate sentence in two locales', () => {
  it.each([
    [
      'en-US',
      'Outputs under the editing limit at week 1 is 2,117 of 3,000 outputs (70.6%), below 80.5% for 1 week so far; if it stays below 80.5%, the trigger fires on Sep 28, 2026 (more than 2 consecutive weeks).',
      'Adoption rate at week 4 is 5 of 11 users (45.5%); the gate needs at least 45.55%.',
    ],
    [
      'de-DE',
      'Outputs under the editing limit at week 1 is 2.117 of 3.000 outputs (70,6%), below 80,5% for 1 week so far; if it stays below 80,5%, the trigger fires on 28 Sept 2026 (more than 2 consecutive weeks).',
      'Adoption rate at week 4 is 5 of 11 users (45,5%); the gate needs at least 45,55%.',
    ],
  ])('%s', (locale, trending, failing) => {
    setFormatLocale(locale);
    const fired = evaluateTrigger(trigger, quality, ctx('2026-09-14'));
    expect(fired.status).toBe('trending');
    // The data keep ISO dates; only the sentence is written in the locale.
    expect(fired.firesOn).toBe('2026-09-28');
    expect(fired.reason).toBe(trending);
    const judged = evaluateCriterion(gate, adoption, ctx('2026-10-05'));
    expect(judged.status).toBe('fail');
    expect(judged.reason).toBe(failing);
  });
});
