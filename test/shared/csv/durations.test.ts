import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../shared/csv/durations';

describe('parseDuration reads durations as minutes', () => {
  it.each<[string, boolean, number]>([
    ['12', false, 12],
    ['12.5', false, 12.5],
    ['12,5', true, 12.5],
    ['0:12:30', false, 12.5],
    ['1:00:00', false, 60],
    ['12:30', false, 12.5],
    ['12 min', false, 12],
    ['12min', false, 12],
    ['1 h 5 min', false, 65],
    ['1.5 h', false, 90],
    ['90 s', false, 1.5],
    ['2 Stunden', false, 120],
    // A spreadsheet's end minus start below zero: read with its sign, so the row is refused as negative.
    ['-7:12:00', false, -432],
    ['-0:12:30', false, -12.5],
  ])('%j → %d', (text, decimalComma, minutes) => {
    expect(parseDuration(text, decimalComma)).toBeCloseTo(minutes, 9);
  });

  it.each(['', 'soon', '12 parsecs', '1:75', 'min', '12:30:99', '--1:00:00', '- 1:00:00'])('%j is not a duration', (text) => {
    expect(parseDuration(text, false)).toBeNaN();
  });
});
