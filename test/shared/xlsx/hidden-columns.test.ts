import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import { buildXlsx } from '../../fixtures/xlsx/build-xlsx';

describe('columns Excel hides are read and named, never mapped unseen', () => {
  it.each<[string, readonly (readonly [number, number])[], readonly string[]]>([
    ['no hidden columns', [], []],
    ['a hidden column with values', [[3, 3]], ['C']],
    ['a hidden range', [[2, 3]], ['B', 'C']],
    ['hidden columns right of the data say nothing', [[5, 16384]], []],
  ])('%s', (_, hiddenColumns, named) => {
    const bytes = buildXlsx({ sheets: [{ name: 'S', hiddenColumns, rows: [['user_id', 'date', 'uses (raw)', 'uses'], ['u1', 45670, 9, 3]] }] });
    const opened = openWorkbook(bytes, 'book.xlsx');
    if (!opened.ok) throw new Error(opened.error.message);
    const csv = opened.value.sheetCsv('S');
    if (!csv.ok) throw new Error(csv.error.message);
    expect(csv.value.text).toBe('user_id,date,uses (raw),uses\nu1,45670,9,3\n');
    expect(csv.value.hiddenColumns).toEqual(named);
  });
});
