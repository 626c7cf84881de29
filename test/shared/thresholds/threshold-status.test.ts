import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../../shared/model/enums';
import type { Threshold } from '../../../shared/model/schema';
import { defaultThresholds } from '../../../shared/thresholds/default-thresholds';
import { tallyText, tallyThresholds, thresholdStatus } from '../../../shared/thresholds/threshold-status';

function threshold(comparator: Comparator, target: number, value: number | null): Threshold {
  return {
    id: 't',
    metric: 'Accuracy',
    comparator,
    target,
    unit: '%',
    reason: 'r',
    measured: value === null ? null : { value, date: '2026-11-01', source: 'typed in' },
  };
}

describe('thresholdStatus', () => {
  it.each([
    ['>', 90, 90.1, 'met'],
    ['>', 90, 90, 'not_met'],
    ['>=', 80, 80, 'met'],
    ['<', 5, 5, 'not_met'],
    ['<', 5, 4.9, 'met'],
    ['<=', 1, 1, 'met'],
    ['<=', 1, 1.01, 'not_met'],
    ['>', 90, null, 'not_measured'],
  ] as const)('%s %d with measured %s → %s', (comparator, target, value, expected) => {
    expect(thresholdStatus(threshold(comparator, target, value))).toBe(expected);
  });

  it('tallies met, not met, not enough data and not measured', () => {
    const short = { ...threshold('>', 1, 2), tooFew: 'Only 194 test cases; the medium risk tier asks for at least 200 test cases.' };
    expect(tallyThresholds([threshold('>', 1, 2), threshold('>', 1, 0), threshold('>', 1, null), short])).toEqual({
      met: 1,
      notMet: 1,
      notEnoughData: 1,
      notMeasured: 1,
      total: 4,
    });
    expect(tallyText({ met: 1, notMet: 1, notEnoughData: 1, notMeasured: 1 })).toBe('1 met, 1 not met, 1 not enough data, 1 not measured');
    expect(tallyText({ met: 1, notMet: 1, notEnoughData: 0, notMeasured: 1 })).toBe('1 met, 1 not met, 1 not measured');
  });

  // A value measured on too few test cases is never "met", even when it clears the target.
  it('a threshold measured on fewer test cases than the tier asks for is not enough data', () => {
    expect(thresholdStatus({ ...threshold('>', 90, 92.8), tooFew: 'Only 194 test cases; the medium risk tier asks for at least 200 test cases.' })).toBe('not_enough_data');
  });
});

describe('defaultThresholds', () => {
  it('offers the six SPEC defaults, each with a reason and nothing measured', () => {
    const defaults = defaultThresholds();
    expect(defaults.map((t) => `${t.comparator} ${t.target}${t.unit}`)).toEqual([
      '> 90%',
      '< 5%',
      '> 95%',
      '< 3s',
      '< 1%',
      '>= 80%',
    ]);
    expect(defaults.every((t) => t.reason.length > 10 && t.measured === null)).toBe(true);
    expect(new Set(defaults.map((t) => t.id)).size).toBe(6);
  });
});
