import { describe, expect, it } from 'vitest';
import { epochProblem, isEpochDate, readEpoch } from '../../../shared/csv/epoch-dates';
import { readMoment } from '../../../shared/csv/moments';
import { dateMessage } from '../../../shared/csv/row-common';
import { parseDate } from '../../../shared/csv/values';
import { detectDateFormat } from '../../../shared/csv/value-detect';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

describe('Unix timestamps in a date column', () => {
  it.each<[string, string | null, string | null]>([
    // 10 digits: seconds; 13: milliseconds; both UTC.
    ['1772533800', '2026-03-03', '2026-03-03T10:30'],
    ['1772533800.75', '2026-03-03', '2026-03-03T10:30'],
    ['1772533800123', '2026-03-03', '2026-03-03T10:30'],
    // 23:30 UTC is that day in UTC, whatever the reader's zone (as "…T23:30:00Z" is read).
    ['1772580600', '2026-03-03', '2026-03-03T23:30'],
    // Neither unit can be told, or the date is not plausible for a pilot: refused.
    ['177253380', null, null],
    ['17725338001', null, null],
    ['177253380012', null, null],
    ['9999999999', null, null],
    ['1000000000000', '2001-09-09', '2001-09-09T01:46'],
  ])('%s reads as %s', (text, date, moment) => {
    expect(readEpoch(text)?.date ?? null).toBe(date);
    expect(parseDate(text, 'unix')).toBe(date);
    expect(readMoment(text, 'unix')).toEqual(moment === null ? { problem: 'date' } : { moment });
  });

  it.each<[readonly string[], string | null]>([
    [['1772533800', '1772620200', '1773225000'], 'unix'],
    [['1772533800000', '1772620200000'], 'unix'],
    // One implausible value: not a Unix-time column (a column of ids, phone numbers…), nothing guessed.
    [['1772533800', '9999999999'], null],
    [['0612345678', '0698765432'], null],
  ])('a column %j is detected as %s', (values, format) => {
    expect(detectDateFormat(values)?.format ?? null).toBe(format);
  });

  it('says why a Unix time is refused', () => {
    expect(epochProblem('177253380')).toBe(
      '“177253380” is not read as a date: it has 9 digits, and only 10 (seconds) or 13 (milliseconds) say which unit it is in; Unix times are read as seconds (10 digits) or milliseconds (13 digits) since 1970, UTC, for dates from 2000 to 2099',
    );
    expect(isEpochDate('4102444800')).toBe(false);
  });

  it('an operations file with Unix seconds: the preview shows the dates, a refused row says why', () => {
    const csv = 'timestamp,requests,errors\n1772533800,200,3\n1772620200,180,2\n1772706600,210,4\n';
    const preview = previewText(csv, 'operations');
    expect(preview.settings.dateFormat).toBe('unix');
    // The kind is found from the columns; before, the times were said not to read as dates.
    const found = previewText(csv, 'operations', { kind: undefined }).kindSuggestion;
    expect(found.kind).toBe('operations');
    expect(found.explanation).not.toMatch(/do not read as/);
    expect(preview.rows.map((r) => (r.row as { date: string } | null)?.date)).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
    const { result, rows } = importBytes(utf8(`${csv}17725338,100,1\n`), { kind: 'operations', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(1);
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(result)).toContain('“17725338” is not read as a date: it has 8 digits');
  });
});

describe('a Unix time in a column whose dates are read another way', () => {
  it.each([
    ['iso', '1772409600', /^“1772409600” looks like a Unix time \(seconds since 1 January 1970: 2026-03-02 UTC\), but the dates are read as .*: choose “Unix time \(UTC\)” as the date format/],
    ['dmy', '1772409600000', /^“1772409600000” looks like a Unix time \(milliseconds since 1 January 1970: 2026-03-02 UTC\)/],
  ] as const)('read as %s, "%s" is named with its day and the format to choose', (format, raw, message) => {
    expect(dateMessage(raw, format)).toMatch(message);
  });
});
