import { describe, expect, it } from 'vitest';
import { markLegend, pointMark, pointSentences, pointWords } from '../../../renderer/charts/point-outcome';
import type { ObservationOutcome } from '../../../shared/gates/results';

describe('pointMark: how a week is marked on the chart', () => {
  it.each([
    ['meets', 'met', 'Week meets the gate'],
    ['misses', 'missed', 'Week misses the gate'],
    ['too_small', 'unjudged', 'Too little data to judge the week'],
    ['inconclusive', 'unjudged', 'Too little data to judge the week'],
    ['no_value', 'unjudged', 'Too little data to judge the week'],
  ] as const)('%s → %s (“%s”)', (outcome, mark, legend) => {
    expect(pointMark(outcome)).toBe(mark);
    expect(markLegend[pointMark(outcome)!]).toBe(legend);
  });

  it.each([null, 'no_data'] as const)('draws no mark for %s', (outcome) => {
    expect(pointMark(outcome)).toBeNull();
  });
});

describe('the words beside a point and in the text alternative', () => {
  it.each([
    ['meets', 'met', 'Meets the gate'],
    ['misses', 'missed', 'Misses the gate'],
    ['too_small', 'too few', 'Sample below the minimum'],
    ['inconclusive', 'unclear', 'Interval straddles the threshold'],
    ['no_value', 'no value', 'Cannot be computed'],
    ['no_data', 'no data', 'No data'],
  ] satisfies [ObservationOutcome, string, string][])('%s: “%s” / “%s”', (outcome, word, sentence) => {
    expect(pointWords[outcome]).toBe(word);
    expect(pointSentences[outcome]).toBe(sentence);
  });
});
