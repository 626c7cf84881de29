import { describe, expect, it } from 'vitest';
import { guessDecimalComma } from '../../../shared/csv/decimal-comma';
import { detectCsv, guessDelimiter, guessHeader, type CsvDetection } from '../../../shared/csv/detect';
import { detectEncoding } from '../../../shared/csv/sniff';
import { detectDateFormat, detectPercentScale } from '../../../shared/csv/value-detect';
import { fixture, utf8 } from './helpers';

function detect(bytes: Uint8Array): CsvDetection {
  const result = detectCsv(bytes, { complete: true });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('encoding', () => {
  it.each([
    ['quality-bom-semicolon-dmy-decimal-comma.csv', 'utf-8', true],
    ['satisfaction-utf16le.tsv', 'utf-16le', true],
    ['usage-utf16be.csv', 'utf-16be', true],
    ['satisfaction-windows-1252.csv', 'windows-1252', false],
    ['satisfaction-quoted-newlines.csv', 'utf-8', false],
  ])('%s is %s (BOM: %s)', (name, encoding, bom) => {
    const detection = detect(fixture(name));
    expect(detection.encoding).toBe(encoding);
    expect(detection.bom).toBe(bom);
  });

  it('recognises UTF-16 without a byte order mark from its zero bytes', () => {
    const le = new Uint8Array([...'a,b\n1,2\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    const be = new Uint8Array([...'a,b\n1,2\n'].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(detectEncoding(le).encoding).toBe('utf-16le');
    expect(detectEncoding(be).encoding).toBe('utf-16be');
    expect(detect(le).headers).toEqual(['a', 'b']);
  });

  it('calls a pure ASCII sample UTF-8 and says the question is still open', () => {
    expect(detectEncoding(utf8('a,b\n1,2\n'))).toEqual({ encoding: 'utf-8', bom: false, asciiOnly: true });
  });

  it('reads the accents and euro signs of each encoding', () => {
    expect(detect(fixture('satisfaction-utf16le.tsv')).rows.map((r) => r[3])).toEqual([
      'Très utile',
      'Coûte 5 € de trop',
      'naïve résumé',
    ]);
    expect(detect(fixture('satisfaction-windows-1252.csv')).rows[0]).toEqual(['rené', '06.01.2025', '4', 'Spart 20 € pro Woche']);
    expect(detect(fixture('usage-utf16be.csv')).rows[1]![0]).toBe('anaïs');
  });
});

describe('delimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n4,5,6\n', ','],
    ['a;b;c\n1;2,5;3\n4;5,5;6\n', ';'], // decimal commas do not fool it
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['name;comment\nAnn;"one, two, three"\nBob;"four, five"\n', ';'], // commas inside quotes
    ['name,comment\n"Ann","a;b;c"\n"Bob","d;e"\n', ','],
    ['"Doe, John"\t12\t3\n"Roe, Jane"\t4\t5\n', '\t'], // more fields wins among consistent ones
    ['just one column\nvalue\n', ','],
  ])('%j splits on %j', (text, delimiter) => {
    expect(guessDelimiter(text, true)).toBe(delimiter);
  });

  it('tolerates a few ragged rows', () => {
    const rows = ['a;b;c', ...Array.from({ length: 30 }, (_, i) => `${i};x;y`), '1;2', '1;2;3;4'];
    expect(guessDelimiter(rows.join('\n'), true)).toBe(';');
  });

  it.each([
    ['quality-bom-semicolon-dmy-decimal-comma.csv', ';'],
    ['satisfaction-utf16le.tsv', '\t'],
    ['usage-excel-serial-pipe.csv', '|'],
    ['satisfaction-windows-1252.csv', ';'],
  ])('detects %s as %j-separated', (name, delimiter) => {
    expect(detect(fixture(name)).delimiter).toBe(delimiter);
  });
});

describe('header row', () => {
  it.each([
    [[['user_id', 'date'], ['u1', '2025-01-01']], true], // known column names
    [[['Wer', 'Wann', 'Wieviel'], ['a', '2025-01-01', '3']], true], // text above dates and numbers
    [[['u1', '2025-01-01', '3'], ['u2', '2025-01-02', '4']], false], // a date in the first row
    [[['u1', '1', '3'], ['u2', '1', '5']], false],
    [[['alpha', 'beta'], ['gamma', 'delta']], true], // all text, nothing repeats
    [[['alpha', 'beta'], ['alpha', 'delta']], false], // the first row's value recurs below
    // Headerless test results whose first case timed out: "timeout" recurs below, so the first row is data.
    [[['c1', 'Paris', 'Lyon', 'no', 'timeout'], ['c2', 'Rome', 'Rome', 'yes', '1.2'], ['c3', 'a', 'a', 'yes', '1.1'], ['c4', 'a', 'a', 'yes', '1.4'], ['c5', 'a', 'b', 'no', 'timeout'], ['c6', 'a', 'a', 'yes', '0.9']], false],
    // Two rows of text under the first are data, not survey header rows: one row of numbers does not decide.
    [[['alice', 'Sales', 'great'], ['bob', 'Legal', 'ok'], ['carol', 'Sales', 'fine'], ['dan', 'Claims', '4']], false],
    // A report whose column holds text further down (another table) still has its header found.
    [[['Snapshot', 'Metric A'], ['20251201', '10'], ['20251202', '12'], ['20251203', '9'], ['20251204', '11'], ['Total', 'n/a']], true],
  ])('%j → header %s', (records, expected) => {
    expect(guessHeader(records)).toBe(expected);
  });

  it('names the columns of a file without a header row', () => {
    const detection = detect(fixture('usage-weeks-no-header.csv'));
    expect(detection.hasHeader).toBe(false);
    expect(detection.headers).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(detection.rows).toHaveLength(3);
  });
});

describe('decimal comma', () => {
  it.each([
    [[['12,5'], ['7,25']], ';', true],
    [[['12.5'], ['7.25']], ',', false],
    [[['1.234,56']], ';', true],
    [[['1,234.56']], ',', false],
    [[['1,234']], ';', true], // three digits after a comma: decimal only in a semicolon file
    [[['1,234']], ',', false],
    [[['12'], ['7']], ';', false],
    // Whole numbers below 1000 beside "1,026" in the same column: thousands grouped (a Grafana duration of 1026 s).
    [[['19'], ['127'], ['1,026'], ['13,591']], ';', false],
    [[['x', '19'], ['y', '1,026']], '\t', false],
    // A whole number of 1000 or more written without grouping: the comma is not grouping there.
    [[['1500'], ['1,026']], ';', true],
    // Another column's large numbers (an id) say nothing about this one.
    [[['1292275', '19'], ['1292275', '1,026']], ';', false],
    [[['0,125'], ['7']], ';', true], // no number is grouped after a leading zero
    [[['0,125']], ',', true],
  ] as const)('%j with %j → %s', (rows, delimiter, expected) => {
    expect(guessDecimalComma(rows as unknown as string[][], delimiter)).toBe(expected);
  });

  it('is found in the BOM + semicolon fixture', () => {
    expect(detect(fixture('quality-bom-semicolon-dmy-decimal-comma.csv')).decimalComma).toBe(true);
  });
});

describe('date formats', () => {
  it.each([
    [['2025-01-13', '2025-02-01'], 'iso'],
    [['13/01/2025', '02/01/2025'], 'dmy'],
    [['13.01.2025', '1.2.2025'], 'dmy'],
    [['13-01-2025', '01-02-2025'], 'dmy'],
    [['01/13/2025', '02/01/2025'], 'mdy'],
    [['45627', '45628'], 'excel_serial'],
    [['2024-12-01T08:00:00Z', '2024-12-02 09:00'], 'iso'],
  ])('%j → %s', (values, format) => {
    expect(detectDateFormat(values)).toMatchObject({ format, ambiguous: false });
  });

  it('asks instead of guessing when every date fits day-first and month-first', () => {
    expect(detectDateFormat(['03/04/2025', '04/05/2025', '12/11/2025'], false)).toEqual({
      format: null,
      candidates: ['mdy', 'dmy'],
      ambiguous: true,
      examples: ['03/04/2025', '04/05/2025', '12/11/2025'],
    });
    // Dots are a day-first habit, so day-first is offered first.
    expect(detectDateFormat(['03.04.2025'], false)).toMatchObject({ format: null, candidates: ['dmy', 'mdy'] });
  });

  it('asks when some dates only fit day-first and others only month-first', () => {
    expect(detectDateFormat(['13/01/2025', '01/13/2025'])).toMatchObject({ format: null, ambiguous: true });
  });

  it.each([[['hello', 'world']], [['12', '15']], [[]]])('%j is not a date column', (values) => {
    expect(detectDateFormat(values)).toBeNull();
  });

  it('flags the ambiguous fixture column', () => {
    const detection = detect(fixture('usage-ambiguous-dates.csv'));
    expect(detection.columns[1]!.date).toMatchObject({ format: null, ambiguous: true });
  });

  it('profiles the BOM fixture dates as day-first and the pipe fixture as Excel serials', () => {
    expect(detect(fixture('quality-bom-semicolon-dmy-decimal-comma.csv')).columns[2]!.date?.format).toBe('dmy');
    expect(detect(fixture('usage-excel-serial-pipe.csv')).columns[1]!.date?.format).toBe('excel_serial');
  });
});

describe('percent scale', () => {
  it.each([
    [['12.5', '40', '7'], false, 'percent'],
    [['12,5', '0,5'], true, 'percent'],
    [['12.5%', '0.5%'], false, 'percent'],
    [['0.5%', '0.2%'], false, 'percent'], // % sign: percent even within 0–1
  ] as const)('%j → %s', (values, decimalComma, scale) => {
    expect(detectPercentScale(values, decimalComma)).toMatchObject({ scale, ambiguous: false });
  });

  it('asks when every value lies within 0–1', () => {
    expect(detectPercentScale(['0.125', '0.5', '0'], false)).toMatchObject({
      scale: null,
      candidates: ['fraction', 'percent'],
      ambiguous: true,
    });
  });

  it('is not a percent column when the values are words', () => {
    expect(detectPercentScale(['a', 'b'], false)).toBeNull();
  });
});

describe('refusals', () => {
  it.each([
    ['empty.csv', 'empty', /empty/],
    ['whitespace-only.csv', 'empty', /empty/],
    ['workbook.xlsx.csv', 'binary', /Excel workbook/],
    ['random-binary.csv', 'binary', /does not look like text/],
  ])('%s is refused as %s', (name, reason, message) => {
    const result = detectCsv(fixture(name), { complete: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.reason).toBe(reason);
      expect(result.error.message).toMatch(message);
    }
  });

  it.each<[string, boolean]>([
    ['<!DOCTYPE HTML>\n<html>\n<head>\n<title>ab_data.csv (editing)</title>', true],
    ['\uFEFF  <html lang="en"><body><table><tr><td>1</td></tr></table>', true],
    ['comment,rating\n"<html> is a tag",4\n', false],
    ['html,rating\nyes,4\n', false],
  ])('a web page saved as .csv (%j) is refused as one: %s', (text, refused) => {
    const result = detectCsv(new TextEncoder().encode(text), { complete: true });
    expect(!result.ok && result.error.message.startsWith('This file is a web page (HTML), not a CSV file')).toBe(refused);
  });

  it('does not refuse a text file for a few NUL bytes', () => {
    expect(detectCsv(fixture('usage-nul-bytes.csv'), { complete: true }).ok).toBe(true);
  });
});

describe('line endings', () => {
  it.each([
    ['a,b\n1,2\n', 'lf'],
    ['a,b\r\n1,2\r\n', 'crlf'],
    ['a,b\r1,2\r', 'cr'],
    ['a,b\n1,2\r\n3,4\r', 'mixed'],
  ])('%j → %s', (text, ending) => {
    expect(detect(utf8(text)).lineEnding).toBe(ending);
  });
});
