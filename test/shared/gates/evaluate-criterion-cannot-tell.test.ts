import { describe, expect, it } from 'vitest';
import { available, noFile, series, wk } from './fixtures';
import { adoptionWeek4, evaluate } from './evaluate-criterion-helpers';

// A criterion that cannot be measured, or whose stage has not started, says so: never a pass or a fail.

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
