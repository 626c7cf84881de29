import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/thresholds/compare';
import { formatThreshold, formatValue, intervalText } from '../../../shared/gates/wording';

/*
 * A value printed beside its threshold never reads on the wrong side of it, nor equal to it when
 * it is not: the digits that tell them apart are kept. The threshold itself is printed as typed.
 */
describe('a value beside its threshold', () => {
  it.each([
    // value, threshold, printed value, printed threshold
    [57.99, 58, '57.99%', '58%'],
    [58, 58, '58%', '58%'],
    [(29 / 50) * 100, 58, '58%', '58%'],
    [45.46, 45.5, '45.46%', '45.5%'],
    [45.54, 45.5, '45.54%', '45.5%'],
    // A threshold off the one-decimal grid: 45.4 would read below 45.42 although 45.44 is above it.
    [45.44, 45.42, '45.44%', '45.42%'],
    [45.41, 45.42, '45.4%', '45.42%'],
    [45.5, 45.55, '45.5%', '45.55%'],
    // Equal to a threshold off the grid: written as the threshold, not rounded to 45.6%.
    [45.55, 45.55, '45.55%', '45.55%'],
    [(911 / 2000) * 100, 45.55, '45.55%', '45.55%'],
    [45.551, 45.55, '45.6%', '45.55%'],
    [70.6, 80, '70.6%', '80%'],
  ])('%s against %s reads %s against %s', (value, threshold, shown, typed) => {
    expect(formatValue(value, '%', threshold)).toBe(`${shown}`);
    expect(formatThreshold(threshold, '%')).toBe(typed);
    // What a reader compares agrees with what the app compares.
    const read = Number(shown.replace('%', ''));
    expect(compare(read, '>=', threshold)).toBe(compare(value, '>=', threshold));
    expect(compare(read, '<=', threshold)).toBe(compare(value, '<=', threshold));
  });

  it.each([
    [{ low: 49.6, high: 77.2 }, 50, '49.6–77%'],
    [{ low: 49.96, high: 77.2 }, 50, '49.96–77%'],
    [{ low: 50, high: 77.2 }, 50, '50–77%'],
    [{ low: 12.3, high: 77.2 }, null, '12–77%'],
    // Each end on its own side of the threshold, as the verdict reads it (one rule for reasons and caveats).
    [{ low: 69.95, high: 97.2 }, 85, '70–97%'],
    [{ low: 84.6, high: 97.2 }, 85, '84.6–97%'],
    [{ low: 84.96, high: 97.2 }, 85, '84.96–97%'],
    [{ low: 72, high: 85.4 }, 85, '72–85.4%'],
    [{ low: 1.44, high: 4.6 }, 2.5, '1–5%'],
    [{ low: 93.8, high: 99.54 }, 95, '94–99.5%'],
    [{ low: 0.31, high: 4.6 }, 2, '0.3–5%'],
    [{ low: 56.6, high: 100 }, 85, '57–100%'],
    [{ low: 0, high: 27.8 }, 50, '0–28%'],
    // Before: rounding carried an end across a threshold with decimals (79.6 beside 79.7 read "80"),
    // and an end short of 100% or above 0% read as one ("94–100%" when the rate may not be perfect).
    [{ low: 79.6, high: 90 }, 79.7, '79.6–90%'],
    [{ low: 94.2, high: 99.6 }, 90, '94–99.6%'],
    [{ low: 94.2, high: 99.96 }, null, '94–99.96%'],
    [{ low: 0.4, high: 12 }, null, '0.4–12%'],
  ])('interval %j against %s reads %s', (interval, threshold, text) => {
    expect(intervalText(interval, threshold)).toBe(text);
  });
});

// Before: a figure without a unit (cost per interaction) read "0.02  (120 requests)" and "needs at most 1 .".
describe('a value and a threshold with their units', () => {
  it.each([
    [0.02, '', '0.02'],
    [1, '', '1'],
    [40, '%', '40%'],
    [3.8, '/5', '3.8/5'],
    [2.4, 's', '2.4 s'],
    [1, 'incidents', '1 incident'],
  ])('%s with unit %j reads %j', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
    expect(formatThreshold(value, unit)).toBe(text);
  });
});
