import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import { buildXlsx, type XSheet } from '../../fixtures/xlsx/build-xlsx';

function csvOf(sheet: XSheet): string {
  const opened = openWorkbook(buildXlsx({ sheets: [sheet] }), 'order.xlsx');
  if (!opened.ok) throw new Error(opened.error.message);
  const csv = opened.value.sheetCsv(sheet.name);
  if (!csv.ok) throw new Error(csv.error.message);
  return csv.value.text;
}

describe('line N of the text is row N of the sheet, however the file orders its rows', () => {
  it.each<[string, readonly number[], readonly (readonly string[])[], string]>([
    ['rows in order', [1, 2, 3], [['h'], ['a'], ['b']], 'h\na\nb\n'],
    ['a row written after the ones below it', [1, 4, 2, 3], [['h'], ['d'], ['b'], ['c']], 'h\nb\nc\nd\n'],
    ['rows written bottom to top, with a gap', [5, 3, 1], [['e'], ['c'], ['h']], 'h\n\nc\n\ne\n'],
    ['one row written in two parts', [1, 2, 2], [['h', ''], ['a'], ['', 'b']], 'h,\na,b\n'],
  ])('%s', (_, rowNumbers, rows, expected) => {
    const cells = rows.map((r) => r.map((c) => (c === '' ? null : c)));
    expect(csvOf({ name: 'S', rowNumbers, rows: cells })).toBe(expected);
  });
});
