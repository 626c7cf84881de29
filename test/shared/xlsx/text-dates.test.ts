import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import type { MixedDateColumn } from '../../../shared/xlsx/text-dates';
import { buildXlsx, serialOf, type XCell } from '../../fixtures/xlsx/build-xlsx';

function mixedDatesOf(rows: XCell[][]): readonly MixedDateColumn[] {
  const opened = openWorkbook(buildXlsx({ sheets: [{ name: 'S', rows }] }), 'book.xlsx');
  if (!opened.ok) throw new Error(opened.error.message);
  const csv = opened.value.sheetCsv('S');
  if (!csv.ok) throw new Error(csv.error.message);
  return csv.value.mixedDates;
}

const dateCell = (iso: string): XCell => ({ n: serialOf(iso), fmt: 14 });

describe('a date column Excel converted in part', () => {
  it.each<[string, XCell[][], MixedDateColumn[]]>([
    // A day-first CSV opened by a month-first Excel: 03/04/2025 became 4 March, 13/04/2025 stayed text.
    ['day-first text beside converted dates', [['user', 'date'], ['u1', dateCell('2025-03-04')], ['u2', '13/04/2025']], [{ column: 'B', example: '13/04/2025' }]],
    ['month-first text beside converted dates', [['user', 'date'], ['u1', dateCell('2025-04-03')], ['u2', '04/13/2025']], [{ column: 'B', example: '04/13/2025' }]],
    ['text dates any order reads are no trace', [['user', 'date'], ['u1', dateCell('2025-03-04')], ['u2', '05/04/2025']], []],
    ['text dates alone are asked about as in any CSV file', [['user', 'date'], ['u1', '13/04/2025'], ['u2', '03/04/2025']], []],
    ['date cells alone are dates', [['user', 'date'], ['u1', dateCell('2025-03-04')]], []],
    ['a text date in another column than the date cells', [['date', 'note'], [dateCell('2025-03-04'), '13/04/2025']], []],
    ['ISO text beside date cells', [['date'], [dateCell('2025-03-04')], ['2025-04-13']], []],
  ])('%s', (_, rows, expected) => {
    expect(mixedDatesOf(rows)).toEqual(expected);
  });
});
