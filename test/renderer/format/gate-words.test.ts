import { describe, expect, it } from 'vitest';
import type { JudgedObservation } from '../../../shared/gates';
import { intervalWords, sampleWords, valueWords } from '../../../renderer/format/gate-words';

const observation = (successes: number, trials: number, interval: { low: number; high: number } | null): JudgedObservation =>
  ({
    scope: { kind: 'week', week: 4, from: '2026-09-28', to: '2026-10-04' },
    group: null,
    value: (100 * successes) / trials,
    successes,
    trials,
    sample: trials,
    interval,
    outcome: 'misses',
  }) as unknown as JudgedObservation;

/** A card's figures are written as the gate sentence beside them writes them. */
describe('the figures of a result card', () => {
  it.each([
    // successes, trials, threshold, value, interval
    [5799, 10000, 58, '5,799 of 10,000 (57.99%)', '57–59%'],
    [5799, 10000, null, '5,799 of 10,000 (58%)', '57–59%'],
    [3, 5, 50, '3 of 5 (60%)', '23–88%'],
  ])('%s of %s against %s', (successes, trials, threshold, value, interval) => {
    const obs = observation(successes, trials, successes === 3 ? { low: 23.07, high: 88.24 } : { low: 57.02, high: 58.95 });
    expect(valueWords(obs, 'adoption_rate', threshold)).toBe(value);
    expect(intervalWords(obs, threshold)).toBe(interval);
  });

  it('keeps the digits that tell an interval end from the threshold', () => {
    expect(intervalWords(observation(5, 10, { low: 49.96, high: 77.2 }), 50)).toBe('49.96–77%');
  });
});

describe('the sample of a result card', () => {
  it.each([
    ['every case counted', undefined, '194 cases'],
    ['cases left out', '6 more cases whose correctness is unknown are left out', '194 cases (6 more cases whose correctness is unknown are left out)'],
  ])('%s', (_label, leftOut, words) => {
    const obs = { ...observation(180, 194, null), ...(leftOut === undefined ? {} : { leftOut }) } as JudgedObservation;
    expect(sampleWords(obs, 'accuracy')).toBe(words);
  });
});

// Before: a sampled log's figure showed "120 requests" in the result card, as if all 120 had been seen.
describe('the sample of a result card on a sampled log', () => {
  it.each([
    ['rows seen counted', { rows: 12, exact: true }, '120 requests (from a sampled log: 12 requests seen)'],
    ['only an upper bound known', { rows: 12, exact: false }, '120 requests (from a sampled log: at most 12 requests seen)'],
  ])('%s', (_label, rowsSeen, words) => {
    const obs = { ...observation(3, 120, null), sampled: 'These figures include rows of “requests.csv”, a sampled log.', rowsSeen } as JudgedObservation;
    expect(sampleWords(obs, 'error_rate')).toBe(words);
  });
});
