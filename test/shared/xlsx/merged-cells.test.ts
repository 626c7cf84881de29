import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import { buildXlsx, type XCell } from '../../fixtures/xlsx/build-xlsx';

function read(rows: (XCell[] | null)[], merges: readonly string[]) {
  const opened = openWorkbook(buildXlsx({ sheets: [{ name: 'S', rows, merges }] }), 'book.xlsx');
  if (!opened.ok) throw new Error(opened.error.message);
  const csv = opened.value.sheetCsv('S');
  if (!csv.ok) throw new Error(csv.error.message);
  return csv.value;
}

describe('cells merged down a column read as Excel shows them on each row', () => {
  const header: XCell[] = ['user_id', 'date', 'team'];
  it.each<[string, (XCell[] | null)[], readonly string[], string, number]>([
    ['no merges', [header, ['u1', 45670, 'Support'], ['u2', 45670, 'Sales']], [], 'user_id,date,team\nu1,45670,Support\nu2,45670,Sales\n', 0],
    [
      'a team merged over three rows (once: two rows without a team)',
      [header, ['u1', 45670, 'Support'], ['u2', 45670, null], ['u3', 45671, null]],
      ['C2:C4'],
      'user_id,date,team\nu1,45670,Support\nu2,45670,Support\nu3,45671,Support\n',
      2,
    ],
    [
      'a date merged over a day’s rows, and a blank row inside the range left blank',
      [header, ['u1', 45670, 'A'], null, ['u2', null, 'B']],
      ['B2:B4'],
      'user_id,date,team\nu1,45670,A\n\nu2,45670,B\n',
      1,
    ],
    [
      'a header or title merged across columns stays one value',
      [['Pilot usage'], header, ['u1', 45670, 'A']],
      ['A1:C1'],
      'Pilot usage,,\nuser_id,date,team\nu1,45670,A\n',
      0,
    ],
    [
      'a block merged across columns and down fills its first column only',
      [header, ['u1', 45670, null], ['u2', null, null]],
      ['B2:C3'],
      'user_id,date,team\nu1,45670,\nu2,45670,\n',
      1,
    ],
  ])('%s', (_, rows, merges, text, filled) => {
    const csv = read(rows, merges);
    expect([csv.text, csv.mergedFilled]).toEqual([text, filled]);
  });
});
