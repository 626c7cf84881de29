import { describe, expect, it } from 'vitest';
import { evaluateTrigger } from '../../../shared/gates/evaluate-trigger';
import { criterion, ctx, available, prop, series, wk } from './fixtures';

// Before: a rollback trigger that fired on weeks whose 95% ranges held its threshold read as firmly as a clear firing;
// the caveat the gate criteria carry (either-side.ts) now reaches the trigger, and the trigger still fires.
const qualityTrigger = (statisticalConfidence = false) => ({
  trigger: criterion({
    metric: 'editing_under_limit_share',
    comparator: '<',
    threshold: 80,
    judgedAt: { kind: 'continuous' },
    minSample: 0,
    persistence: { kind: 'more_than_weeks', weeks: 2 },
  }),
  context: ctx('2026-10-05', { statisticalConfidence }),
});

/** Weekly `k of n` outputs under the editing limit. */
const weeks = (...counts: (readonly [number, number])[]) => available(series(counts.map(([k, n], i) => wk(i + 1, prop(k, n)))));

describe('a rollback trigger that fired on a proportion', () => {
  // Wilson 95%: 7/10 39.7–89.2%, 35/50 56.2–80.9%, 300/500 55.6–64.3%.
  it.each([
    ['every week of the run straddles 80%', weeks([9, 10], [7, 10], [7, 10], [7, 10]), 'The true rate could be either side of 80% (95% range 40–89% at week 2, 40–89% at week 3, 40–89% at week 4).'],
    ['one week of the run straddles 80%', weeks([45, 50], [300, 500], [300, 500], [35, 50]), 'The true rate could be either side of 80% (95% range 56–81% at week 4).'],
    ['no week of the run straddles 80%', weeks([45, 50], [300, 500], [300, 500], [300, 500]), null],
  ])('%s: fired, with its caveat or none', (_, observations, caveat) => {
    const { trigger, context } = qualityTrigger();
    const result = evaluateTrigger(trigger, observations, context);
    expect(result.status).toBe('fired');
    expect(result.caveat).toBe(caveat);
  });

  it('has none with statistical confidence on: a firing there already has its whole range past the threshold', () => {
    const { trigger, context } = qualityTrigger(true);
    const result = evaluateTrigger(trigger, weeks([300, 500], [300, 500], [300, 500], [300, 500]), context);
    expect(result.status).toBe('fired');
    expect(result.caveat).toBeNull();
  });

  it('has none when it did not fire', () => {
    const { trigger, context } = qualityTrigger();
    const result = evaluateTrigger(trigger, weeks([9, 10], [7, 10], [9, 10], [7, 10]), context);
    expect(result.status).not.toBe('fired');
    expect(result.caveat).toBeNull();
  });
});
