import { afterEach, describe, expect, it } from 'vitest';
import {
  afterTodayWords,
  compareNames,
  formatBytes,
  formatCount,
  formatDate,
  formatDateRange,
  formatDecimal,
  formatFixed,
  formatList,
  formatLocale,
  formatPlural,
  formatTarget,
  formatTargetWithUnit,
  formatTimestamp,
  formatValueWithUnit,
  roundedAs,
  setFormatLocale,
  textLocaleFor,
} from '../../../shared/format/format';

/** Intl puts thin spaces around a range's dash; the tables write plain ones. */
const plain = (text: string): string => text.replace(/\u2009/g, ' ');

afterEach(() => {
  setFormatLocale('en-US');
});

describe('one precision rule for a measured value', () => {
  it.each([
    [40, '40'],
    // Rounded as a person would, half up from the decimal written: not the binary float's 45.549999…
    [45.55, '45.6'],
    [45.549, '45.5'],
    [0.75, '0.75'],
    [3.854, '3.85'],
    [83.333, '83.3'],
    [1234.56, '1234.6'],
    [-0.125, '-0.13'],
  ])('%s → %s', (value, text) => {
    expect(formatDecimal(value, 'en-US')).toBe(text);
  });

  it.each([
    [45.55, '%', '45.6%'],
    [3.8, '/5', '3.8/5'],
    [1.918, 's', '1.92 s'],
    [3, '', '3'],
  ])('%s %s → %s', (value, unit, text) => {
    expect(formatValueWithUnit(value, unit, 'en-US')).toBe(text);
  });

  it.each([
    [45.55, 1, 45.6],
    [57.994, 2, 57.99],
    [0.125, 2, 0.13],
  ])('%s shown with %s decimals reads as %s', (value, decimals, shown) => {
    expect(roundedAs(value, decimals)).toBe(shown);
    expect(formatFixed(value, decimals, 'en-US')).toBe(String(shown));
  });
});

describe('a threshold is shown as typed, everywhere', () => {
  it.each([
    [45.55, '%', '45.55%'],
    [80, '%', '80%'],
    [0.1 + 0.2, '', '0.3'],
    [4.25, '/5', '4.25/5'],
    [1.875, 's', '1.875 s'],
  ])('%s %s → %s', (value, unit, text) => {
    expect(formatTargetWithUnit(value, unit, 'en-US')).toBe(text);
  });

  it('keeps the digits in a decimal-comma region', () => {
    expect(formatTarget(45.55, 'en-DE')).toBe('45,55');
  });
});

describe('the locale: English words, the user’s regional formats', () => {
  it.each([
    ['en-US', 'en-US'],
    ['en-GB', 'en-GB'],
    ['en', 'en-US'],
    ['de-DE', 'en-DE'],
    ['de', 'en-DE'],
    ['fr-CA', 'en-CA'],
    ['ja', 'en-JP'],
    ['', 'en-US'],
    [null, 'en-US'],
    ['not a locale!', 'en-US'],
  ])('%j is written as %s', (user, text) => {
    expect(textLocaleFor(user)).toBe(text);
    expect(setFormatLocale(user)).toBe(text);
    expect(formatLocale()).toBe(text);
  });

  it.each([
    // user locale, date, count, measured value, byte size, list
    ['en-US', 'Nov 16, 2026', '1,234,567', '45.5%', '5.1 KB', 'weeks 1, 3, and 4'],
    ['en-GB', '16 Nov 2026', '1,234,567', '45.5%', '5.1 KB', 'weeks 1, 3 and 4'],
    ['de-DE', '16 Nov 2026', '1.234.567', '45,5%', '5,1 KB', 'weeks 1, 3 and 4'],
    ['fr-FR', '16 Nov 2026', '1 234 567', '45,5%', '5,1 KB', 'weeks 1, 3 and 4'],
  ])('%s: %s, %s, %s, %s, %s', (user, date, count, value, bytes, list) => {
    setFormatLocale(user);
    // No locale argument: every formatter follows the one set at start.
    expect(formatDate('2026-11-16')).toBe(date);
    expect(formatCount(1234567).replace(/\u202f/g, ' ')).toBe(count);
    expect(formatValueWithUnit(45.5, '%')).toBe(value);
    expect(formatBytes(5222)).toBe(bytes);
    expect(`weeks ${formatList(['1', '3', '4'])}`).toBe(list);
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
    [() => formatCount(1234567, 'en-US'), '1,234,567'],
    [() => formatPlural(1, 'user', 'users', 'en-US'), '1 user'],
    [() => formatPlural(3, 'user', 'users', 'en-US'), '3 users'],
    [() => formatPlural(1200, 'row', 'rows', 'en-US'), '1,200 rows'],
    [() => formatList(['usage.csv', 'quality.csv', 'tests.csv'], 'en-US'), 'usage.csv, quality.csv, and tests.csv'],
    [() => formatList(['"A"', '"B"'], 'en-US'), '"A" and "B"'],
    [() => formatBytes(1, 'en-US'), '1 byte'],
    [() => formatBytes(980, 'en-US'), '980 bytes'],
    [() => formatBytes(5222, 'en-US'), '5.1 KB'],
    [() => formatBytes(18 * 1024 * 1024, 'en-US'), '18 MB'],
    [() => formatBytes(2 * 1024 ** 3, 'en-US'), '2 GB'],
    [() => formatBytes(3.5 * 1024 ** 4, 'en-US'), '3.5 TB'],
    [() => formatDate('2026-11-16', 'en-US'), 'Nov 16, 2026'],
    [() => formatDate('2026-11-16', 'en-GB'), '16 Nov 2026'],
    [() => formatDate('not a date', 'en-US'), 'not a date'],
    [() => formatDateRange('2026-09-07', '2026-10-04', 'en-US'), 'Sep 7 – Oct 4, 2026'],
    [() => formatDateRange('2026-11-02', null, 'en-US'), 'from Nov 2, 2026'],
    [() => formatTimestamp('not a time', 'en-US'), 'not a time'],
  ])('%#', (format, text) => {
    expect(plain(format())).toBe(text);
  });

  it('writes a timestamp with its date in the locale', () => {
    expect(formatTimestamp('2026-11-16T09:30:00', 'en-US')).toMatch(/^Nov 16, 2026, 09:30\sAM$/);
    expect(formatTimestamp('2026-11-16T09:30:00', 'en-GB')).toBe('16 Nov 2026, 09:30');
  });
});

describe('names sort in the user’s alphabet, the same on every run', () => {
  it.each([
    ['en-US', ['Team 10', 'team 2', 'Öst', 'Zulu', 'Ost'], ['Ost', 'Öst', 'team 2', 'Team 10', 'Zulu']],
    // Swedish sorts Ö after Z.
    ['sv-SE', ['Team 10', 'team 2', 'Öst', 'Zulu', 'Ost'], ['Ost', 'team 2', 'Team 10', 'Zulu', 'Öst']],
    // Names equal to the collator still get one order: by code units.
    ['en-US', ['b', 'B', 'a'], ['a', 'B', 'b']],
  ])('%s: %j', (user, names, sorted) => {
    setFormatLocale(user);
    expect([...names].sort(compareNames)).toEqual(sorted);
    expect([...names].reverse().sort(compareNames)).toEqual(sorted);
  });

  it('takes an unknown locale as the default rather than failing', () => {
    setFormatLocale('not a locale!');
    expect(['b', 'a'].sort(compareNames)).toEqual(['a', 'b']);
  });
});

describe('Intl objects are built once per locale and options (an import formats a date per warned row)', () => {
  it.each([
    ['DateTimeFormat', 'formatDate', () => formatDate('2026-11-16')],
    ['DateTimeFormat', 'formatTimestamp', () => formatTimestamp('2026-11-16T09:30:00Z')],
    ['DateTimeFormat', 'formatDateRange', () => formatDateRange('2026-09-07', '2026-10-04')],
    ['PluralRules', 'formatPlural', () => formatPlural(3, 'user')],
    ['ListFormat', 'formatList', () => formatList(['a', 'b', 'c'])],
    ['NumberFormat', 'formatCount', () => formatCount(1234567)],
  ] as const)('%s in %s: 1,000 calls construct at most one', (name, _label, call) => {
    const original = Intl[name];
    let constructed = 0;
    // A counting stand-in for the constructor; the formatting itself is the real one.
    const counting = function (this: unknown, ...args: unknown[]) {
      constructed++;
      return Reflect.construct(original, args);
    } as unknown as typeof original;
    Object.assign(counting, original);
    Object.defineProperty(Intl, name, { value: counting, configurable: true, writable: true });
    try {
      setFormatLocale('en-NZ'); // a locale no other test used yet: nothing cached before the first call
      const first = call();
      for (let i = 0; i < 999; i++) expect(call()).toBe(first);
      expect(constructed).toBeLessThanOrEqual(1);
    } finally {
      Object.defineProperty(Intl, name, { value: original, configurable: true, writable: true });
    }
  });
});

describe('a calendar date names the same day in every time zone', () => {
  // The machine's zone can move while the app runs (a laptop on a flight); the formatters are cached.
  const withZone = <T>(zone: string, run: () => T): T => {
    const before = process.env['TZ'];
    process.env['TZ'] = zone;
    try {
      return run();
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  };

  it.each([
    ['America/Los_Angeles', 'Pacific/Auckland'],
    ['Pacific/Auckland', 'America/Los_Angeles'],
    ['UTC', 'Pacific/Kiritimati'],
    ['Europe/London', 'Pacific/Pago_Pago'],
  ])('formatted first in %s, then in %s', (first, then) => {
    withZone(first, () => formatDate('2026-03-29', 'en-US'));
    expect(withZone(then, () => formatDate('2026-03-29', 'en-US'))).toBe('Mar 29, 2026');
    expect(withZone(then, () => formatDateRange('2026-11-01', '2026-11-07', 'en-US'))).toMatch(/^Nov 1\s–\s7, 2026$/);
  });
});

// Before: "rows dated after today" reached the printed summary and the chart notes without the day: read a week later
// on paper, "today" named another day.
describe('"after today" always names the day', () => {
  it.each([
    ['2026-10-20', 'en-US', 'after today (Oct 20, 2026)'],
    ['2026-10-20', 'en-GB', 'after today (20 Oct 2026)'],
  ])('%s in %s', (today, locale, words) => {
    expect(afterTodayWords(today, locale)).toBe(words);
  });
});
