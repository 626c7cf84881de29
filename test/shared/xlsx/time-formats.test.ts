/**
 * Times and dates as workbooks store them and their formats show them: a latency written `mm:ss.000`, a duration past
 * 24 hours under a time-of-day format, and the locale format ids (27–81) Excel writes for East Asian and Thai dates
 * without a format code in the file.
 */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import { classifyFormatCode, type NumberKind } from '../../../shared/xlsx/number-formats';
import { buildXlsx, serialOf, type XCell } from '../../fixtures/xlsx/build-xlsx';
import { importBytes, previewText, summaryOf, utf8 } from '../csv/helpers';

function sheetText(rows: readonly (readonly XCell[])[]): string {
  const opened = openWorkbook(buildXlsx({ sheets: [{ name: 'S', rows }] }), 'test.xlsx');
  if (!opened.ok) throw new Error(opened.error.message);
  const csv = opened.value.sheetCsv('S');
  if (!csv.ok) throw new Error(csv.error.message);
  return csv.value.text;
}

const cellText = (cell: XCell): string => sheetText([[cell]]).trimEnd();
const seconds = (s: number): number => s / 86_400;

describe('a latency written mm:ss.000', () => {
  const rows: XCell[][] = [
    ['case_id', 'expected', 'actual', 'latency'],
    ['c1', 'refund', 'refund', { n: seconds(1.234), fmt: 'mm:ss.000' }],
    ['c2', 'refund', 'escalate', { n: seconds(0.5), fmt: 'mm:ss.000' }],
    ['c3', 'escalate', 'escalate', { n: seconds(62.05), fmt: 'mm:ss.000' }],
  ];

  it('keeps its milliseconds in the text the import reads', () => {
    // Before: "0:00:01", "0:00:01" (0.5 s rounded up) and "0:01:02": the milliseconds lost.
    expect(sheetText(rows).split(/\r?\n/).slice(1, 4).map((l) => l.split(',')[3])).toEqual(['0:00:01.234', '0:00:00.5', '0:01:02.05']);
  });

  it('is imported as seconds, without asking seconds or milliseconds (a clock says its unit)', () => {
    // Before: every row refused: Latency "0:00:01" is not a number.
    const text = sheetText(rows);
    const p = previewText(text.trimEnd(), 'test_results');
    expect(p.mapping.fields['latency']).toBe('latency');
    expect(p.questions).toEqual([]);
    const { result, rows: read } = importBytes(utf8(text), { kind: 'test_results', settings: p.settings, mapping: p.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    expect(read.map((r) => r.latencySeconds)).toEqual([1.234, 0.5, 62.05]);
  });

  it.each<[string, number | null]>([
    ['0:00:01.234', 1.234],
    ['00:01.234', 1.234],
    ['1:02:03', 3723],
    ['0:00:01,5', 1.5],
    // Two parts without a fraction could be minutes or hours: refused with its text, never read one way.
    ['12:30', null],
    ['1:75:00', null],
  ])('an operations latency %s reads %s seconds', (latency, expected) => {
    const csv = `date,requests,latency\n2026-03-02,1,"${latency}"\n`;
    const { rows: read, rejected } = importBytes(utf8(csv), {
      kind: 'operations',
      settings: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalComma: false, dateFormat: 'iso', percentScale: null },
      mapping: { kind: 'operations', fields: { date: 'date', requests: 'requests', latency: 'latency' }, latencyUnit: 'milliseconds' },
    });
    if (expected === null) expect(rejected.map((r) => r.message)).toEqual([`Latency “${latency}” is not a number`]);
    else expect(read.map((r) => r.latencySeconds)).toEqual([expected]);
  });
});

describe('cell values by their format', () => {
  it.each<[string, XCell, string]>([
    // Excel shows 25:30 under "h:mm" as "1:30"; the stored value is 25.5 hours. Before: "1900-01-01T01:30:00".
    ['a duration past 24 hours under h:mm', { n: 25.5 / 24, fmt: 'h:mm' }, '25:30:00'],
    ['three days under h:mm:ss', { n: 3.25, fmt: 'h:mm:ss' }, '78:00:00'],
    ['a date-time under a time format is still a date-time', { n: serialOf('2026-03-03T09:15:32'), fmt: 'h:mm' }, '2026-03-03T09:15:32'],
    ['built-in 47 (mm:ss.0)', { n: seconds(62.5), fmt: 47 }, '0:01:02.5'],
    ['[h]:mm:ss.000 past a day', { n: 1 + seconds(0.25), fmt: '[h]:mm:ss.000' }, '24:00:00.25'],
    // East Asian ids: dates in every locale…
    ['id 27 (Japanese era date)', { n: serialOf('2026-03-02'), fmt: 27 }, '2026-03-02'],
    ['id 57', { n: serialOf('2026-03-02'), fmt: 57 }, '2026-03-02'],
    // …and ids that are dates in Japanese and Korean, times of day in Chinese: each value read as what it is.
    ['id 34 holding a date (Japanese yyyy"年"m"月")', { n: serialOf('2026-03-01'), fmt: 34 }, '2026-03-01'],
    ['id 34 holding a time of day (Chinese 上午/下午hh"時"mm"分")', { n: 0.5, fmt: 34 }, '12:00:00'],
    ['id 55 holding a date', { n: serialOf('2026-03-02'), fmt: 55 }, '2026-03-02'],
    ['id 56 holding a time of day', { n: 0.75, fmt: 56 }, '18:00:00'],
    // Thai ids. Before: all read as plain numbers (46083 for a date).
    ['id 71 (Thai ว/ด/ปปปป)', { n: serialOf('2026-03-02'), fmt: 71 }, '2026-03-02'],
    ['id 72 (Thai ว-ดดด-ปป)', { n: serialOf('2026-03-02'), fmt: 72 }, '2026-03-02'],
    ['id 77 (Thai date and time)', { n: serialOf('2026-03-02T14:30:00'), fmt: 77 }, '2026-03-02T14:30:00'],
    ['id 81 (d/m/bb, Buddhist year)', { n: serialOf('2026-03-02'), fmt: 81 }, '2026-03-02'],
    ['id 76 (Thai ช:นน:ทท)', { n: 0.5, fmt: 76 }, '12:00:00'],
    ['id 79 (Thai [ช]:นน:ทท)', { n: 1.5, fmt: 79 }, '36:00:00'],
    ['id 80 (Thai นน:ทท.0)', { n: seconds(1.5), fmt: 80 }, '0:00:01.5'],
    ['id 67 (Thai t0%)', { n: 0.25, fmt: 67 }, '25%'],
    ['id 59 (Thai t0) stays a number', { n: 42, fmt: 59 }, '42'],
    // The same Thai formats written out as codes.
    ['code ว/ด/ปปปป', { n: serialOf('2026-03-02'), fmt: 'ว/ด/ปปปป' }, '2026-03-02'],
    ['code d/m/bbbb (Buddhist year)', { n: serialOf('2026-03-02'), fmt: 'd/m/bbbb' }, '2026-03-02'],
    ['code [$-th-TH]ช:นน', { n: 0.25, fmt: '[$-th-TH]ช:นน' }, '6:00:00'],
  ])('%s', (_name, cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  it.each<[string, NumberKind]>([
    ['ว/ด/ปปปป', 'date'],
    ['[ช]:นน:ทท', 'elapsed'],
    ['นน:ทท.0', 'time'],
    ['d/m/bb', 'date'],
    ['0.00E+00', 'number'],
    ['t#,##0.00', 'number'],
  ])('classifies the code %s as %s', (code, kind) => {
    expect(classifyFormatCode(code)).toBe(kind);
  });
});
