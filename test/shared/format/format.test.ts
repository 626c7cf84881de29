import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDate, formatDateRange, formatDecimal, formatList, formatPlural, formatValueWithUnit } from '../../../shared/format/format';

describe('one precision rule for every value', () => {
  it.each([
    [40, '40'],
    // Rounded as a person would, half up from the decimal written: not the binary float's 45.549999…
    [45.55, '45.6'],
    [45.549, '45.5'],
    [0.75, '0.75'],
    [3.854, '3.85'],
    [83.333, '83.3'],
    [1234.56, '1234.6'],
  ])('%s → %s', (value, text) => {
    expect(formatDecimal(value, 'en')).toBe(text);
  });

  it.each([
    [45.55, '%', '45.6%'],
    [3.8, '/5', '3.8/5'],
    [1.918, 's', '1.92 s'],
    [3, '', '3'],
  ])('%s %s → %s', (value, unit, text) => {
    expect(formatValueWithUnit(value, unit, 'en')).toBe(text);
  });

  it('gives the same text the second time, per locale, and keeps -0 apart from 0 (texts are remembered)', () => {
    for (let round = 0; round < 2; round++) {
      expect([formatDecimal(0.5, 'en'), formatDecimal(0.5, 'de'), formatDecimal(-0, 'en'), formatDecimal(0, 'en')]).toEqual([
        '0.5',
        '0,5',
        new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false }).format(-0),
        '0',
      ]);
    }
  });

  it('follows the locale: a decimal comma in German', () => {
    expect(formatValueWithUnit(45.55, '%', 'de')).toBe('45,6%');
    expect(formatCount(1234567, 'de')).toBe('1.234.567');
  });
});

describe('counts, plurals, lists, sizes and dates', () => {
  it.each([
    [() => formatCount(1234567, 'en'), '1,234,567'],
    [() => formatPlural(1, 'user', 'users', 'en'), '1 user'],
    [() => formatPlural(3, 'user', 'users', 'en'), '3 users'],
    [() => formatList(['usage.csv', 'quality.csv', 'tests.csv'], 'en'), 'usage.csv, quality.csv, and tests.csv'],
    [() => formatBytes(980, 'en'), '980 B'],
    [() => formatBytes(5222, 'en'), '5.1 KB'],
    [() => formatBytes(18 * 1024 * 1024, 'en'), '18 MB'],
    [() => formatDate('2026-11-16', 'en-US'), 'Nov 16, 2026'],
    [() => formatDate('2026-11-16', 'en-GB'), '16 Nov 2026'],
    [() => formatDate('not a date', 'en'), 'not a date'],
    [() => formatDateRange('2026-09-07', '2026-10-04', 'en-US'), 'Sep 7 – Oct 4, 2026'],
    [() => formatDateRange('2026-11-02', null, 'en-US'), 'from Nov 2, 2026'],
  ])('%#', (format, text) => {
    expect(format().replace(/\u2009/g, ' ')).toBe(text);
  });
});
