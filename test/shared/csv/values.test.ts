import fc from 'fast-check';
import { readMoment } from '../../../shared/csv/moments';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  excelSerialToIso,
  parseBoolean,
  parseDate,
  parseDecimal,
  parsePercent,
  parseSeconds,
  parseWeek,
  trimCell,
} from '../../../shared/csv/values';

describe('parseDecimal', () => {
  it.each([
    ['12', false, 12],
    ['12.5', false, 12.5],
    ['-0.125', false, -0.125],
    ['+3', false, 3],
    ['−4.5', false, -4.5], // Unicode minus
    ['.5', false, 0.5],
    ['1,234.5', false, 1234.5],
    ['1,234,567', false, 1234567],
    ['1e3', false, 1000],
    ['2.5E-1', false, 0.25],
    ['12,5', true, 12.5],
    ['1.234,5', true, 1234.5],
    ['1 234,5', true, 1234.5],
    ['1\u00a0234', true, 1234],
    ["1'234.5", false, 1234.5],
    ['0,07', true, 0.07],
    ['123456789012345678', false, 123456789012345680], // more digits than a double holds: rounded like Number()
    ['0.1', false, 0.1],
  ])('reads %j (decimal comma %s) as %d', (text, decimalComma, expected) => {
    expect(parseDecimal(text, decimalComma)).toBe(expected);
  });

  it.each([
    ['12,5', false], // a grouping comma must be followed by three digits
    ['12.5', true],
    ['1,23,456', false],
    ['', false],
    ['-', false],
    ['.', false],
    ['abc', false],
    ['12abc', false],
    ['1.2.3', false],
    ['Infinity', false],
    ['0x1F', false],
    ['1e', false],
  ])('refuses %j (decimal comma %s)', (text, decimalComma) => {
    expect(parseDecimal(text, decimalComma)).toBeNaN();
  });

  it('agrees with Number() on every plain decimal', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = String(value);
        if (/e/i.test(text)) return;
        expect(parseDecimal(text, false)).toBe(Number(text));
        expect(parseDecimal(text.replace('.', ','), true)).toBe(Number(text));
      }),
    );
  });
});

describe('parsePercent', () => {
  it.each([
    ['12.5', false, false, 12.5],
    ['12,5', true, false, 12.5],
    ['12.5%', false, false, 12.5],
    ['12.5 %', false, false, 12.5],
    ['0.125', false, true, 12.5],
    ['0.07', false, true, 7],
    ['12.5%', false, true, 12.5], // a % sign always means percent
    ['0,5', true, true, 50],
  ])('reads %j (decimal comma %s, fraction scale %s) as %d%%', (text, decimalComma, fraction, expected) => {
    expect(parsePercent(text, decimalComma, fraction)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2024-12-01', 'iso', '2024-12-01'],
    ['2024-12-01T10:30:00Z', 'iso', '2024-12-01'],
    ['2024-12-01 23:59', 'iso', '2024-12-01'],
    ['2024/1/5', 'iso', '2024-01-05'],
    ['13/01/2025', 'dmy', '2025-01-13'],
    ['13.01.2025', 'dmy', '2025-01-13'],
    ['13-01-2025', 'dmy', '2025-01-13'],
    ['1.2.2025', 'dmy', '2025-02-01'],
    ['06.01.2025.', 'dmy', '2025-01-06'],
    ['01/13/2025', 'mdy', '2025-01-13'],
    ['1/2/25', 'mdy', '2025-01-02'],
    ['2025-01-13', 'dmy', '2025-01-13'], // ISO is read in every format
    ['29/02/2024', 'dmy', '2024-02-29'],
    ['45627', 'excel_serial', '2024-12-01'],
    ['45627.75', 'excel_serial', '2024-12-01'],
    ['2024-12-01', 'excel_serial', '2024-12-01'],
    // The 1904 system (a workbook marked date1904): day 0 is 1904-01-01, and 60 is a real day.
    ['44165', 'excel_serial_1904', '2024-12-01'],
    ['44165.75', 'excel_serial_1904', '2024-12-01'],
    ['0', 'excel_serial_1904', '1904-01-01'],
    ['60', 'excel_serial_1904', '1904-03-01'],
    ['2024-12-01', 'excel_serial_1904', '2024-12-01'],
  ] as const)('reads %j as %s → %s', (text, format, expected) => {
    expect(parseDate(text, format)).toBe(expected);
  });

  it.each([
    ['2025-02-30', 'iso'],
    ['2025-13-01', 'iso'],
    ['31/04/2025', 'dmy'],
    ['29/02/2025', 'dmy'],
    ['13/01/2025', 'mdy'],
    ['1/2/2025/3', 'dmy'],
    ['12/01-2025', 'dmy'], // mixed separators
    ['yesterday', 'iso'],
    ['45627', 'iso'],
    ['60', 'excel_serial'],
    ['0', 'excel_serial'],
    ['-1', 'excel_serial_1904'],
    ['', 'iso'],
  ] as const)('refuses %j as %s', (text, format) => {
    expect(parseDate(text, format)).toBeNull();
  });

  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, null], // Excel's phantom 29 February 1900
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [45627, '2024-12-01'],
    [2958465, '9999-12-31'],
    [2958466, null],
  ])('Excel serial %i is %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('converts day counts both ways for every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const iso = civilFromDays(days);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        expect(daysFromCivil(y, m, d)).toBe(days);
        expect(iso).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('parseWeek', () => {
  it.each([
    ['3', 3],
    ['03', 3],
    ['W3', 3],
    ['wk 12', 12],
    ['Week 4', 4],
    ['520', 520],
  ])('reads %j as week %i', (text, week) => {
    expect(parseWeek(text)).toBe(week);
  });

  it.each(['0', '521', '3.5', 'KW3', '2024-W05', 'week', '', '-1'])('refuses %j', (text) => {
    expect(parseWeek(text)).toBeNaN();
  });
});

describe('parseBoolean', () => {
  it.each([
    ['yes', true], ['Yes', true], ['Y', true], ['true', true], ['TRUE', true], ['1', true], ['ja', true],
    ['no', false], ['N', false], ['false', false], ['0', false], ['nein', false], ['n', false],
  ])('reads %j as %s', (text, value) => {
    expect(parseBoolean(text)).toBe(value);
  });

  it.each(['maybe', '2', 'yess', ''])('refuses %j', (text) => {
    expect(parseBoolean(text)).toBeNull();
  });
});

describe('parseSeconds', () => {
  it.each([
    ['1.5', false, 1.5],
    ['1250', true, 1.25],
    ['350ms', false, 0.35],
    ['2 s', true, 2],
    ['0,8', false, NaN],
  ])('reads %j (milliseconds column %s) as %d s', (text, ms, seconds) => {
    expect(parseSeconds(text, false, ms)).toBe(seconds);
  });
});

describe('trimCell', () => {
  it.each([
    ['  a  ', 'a'],
    ['\ta\r', 'a'],
    ['\u00a0a\u00a0', 'a'],
    ['a b', 'a b'],
    ['', ''],
  ])('trims %j to %j', (text, trimmed) => {
    expect(trimCell(text)).toBe(trimmed);
  });
});

describe('date-times as survey tools and spreadsheets write them', () => {
  it.each<[string, 'iso' | 'dmy' | 'mdy', string]>([
    ['2026/03/03 9:15:32 AM GMT+1', 'iso', '2026-03-03'],
    ['2026-03-03 09:15:32', 'iso', '2026-03-03'],
    ['2026-03-03T09:15:32Z', 'iso', '2026-03-03'],
    ['03/03/2026 09:15:32 AM', 'mdy', '2026-03-03'],
    ['3/13/2026 16:20:45', 'mdy', '2026-03-13'],
    ['3/2/26 9:12', 'mdy', '2026-03-02'],
    ['02.03.2026', 'dmy', '2026-03-02'],
    ['16.03.2026 10:20', 'dmy', '2026-03-16'],
    ['16.03.26', 'dmy', '2026-03-16'],
  ])('%j read as %s is %s (the date as written, no time-zone shift)', (text, format, iso) => {
    expect(parseDate(text, format)).toBe(iso);
  });
});

describe('incident moments written as Excel serial numbers', () => {
  it.each([
    ['45627.75', 'excel_serial', '2024-12-01T18:00'],
    ['44165.75', 'excel_serial_1904', '2024-12-01T18:00'],
    ['44165.5', 'excel_serial_1904', '2024-12-01T12:00'],
  ] as const)('reads %j as %s → %s', (text, format, moment) => {
    expect(readMoment(text, format)).toEqual({ moment });
  });
});
