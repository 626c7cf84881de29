import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import { NOT_CALCULATED } from '../../../shared/csv/spreadsheet-errors';
import { buildXlsx, type XlsxOptions } from '../../fixtures/xlsx/build-xlsx';

function readSheet(options: XlsxOptions) {
  const opened = openWorkbook(buildXlsx(options), 'book.xlsx');
  if (!opened.ok) throw new Error(opened.error.message);
  const name = options.sheets[0]!.name;
  const csv = opened.value.sheetCsv(name);
  if (!csv.ok) throw new Error(csv.error.message);
  return { listed: opened.value.sheets[0]!, csv: csv.value };
}

/** A worksheet part written by hand, for what the fixture builder does not write (shared formulas). */
const rawSheet = (sheetData: string): XlsxOptions => ({
  sheets: [{ name: 'S', rows: [['placeholder']] }],
  extraFiles: { 'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>` },
});

describe('a formula saved without its value is said to have none, never read as empty', () => {
  it.each<[string, XlsxOptions, string, number, number]>([
    [
      'a formula next to values',
      { sheets: [{ name: 'S', rows: [['user', 'uses'], ['u1', { formula: 'B1*2' }], ['u2', { formula: 'B2*2', cached: 4 }]] }] },
      `user,uses\nu1,${NOT_CALCULATED}\nu2,4\n`,
      1,
      3,
    ],
    [
      'a row of formulas only (once left out of the row count)',
      { sheets: [{ name: 'S', rows: [['a', 'b'], [{ formula: 'NOW()' }, { formula: 'A2+1' }]] }] },
      `a,b\n${NOT_CALCULATED},${NOT_CALCULATED}\n`,
      2,
      2,
    ],
    [
      'the later cells of a shared formula (an empty <f/>)',
      rawSheet('<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row>'),
      `${NOT_CALCULATED}\n${NOT_CALCULATED}\n`,
      2,
      2,
    ],
    [
      'saved values of a workbook that asks to be calculated on opening (XlsxWriter saves 0 for each)',
      { calculateOnLoad: true, sheets: [{ name: 'S', rows: [['user', 'uses', 'team'], ['u1', { formula: 'B1*2', cached: 0 }, { formula: 'UPPER("a")', cached: 'A' }]] }] },
      `user,uses,team\nu1,${NOT_CALCULATED},${NOT_CALCULATED}\n`,
      2,
      2,
    ],
    [
      'the same values in a workbook Excel saved are results',
      { sheets: [{ name: 'S', rows: [['user', 'uses', 'team'], ['u1', { formula: 'B1*2', cached: 0 }, { formula: 'UPPER("a")', cached: 'A' }]] }] },
      'user,uses,team\nu1,0,A\n',
      0,
      2,
    ],
    ['a formula whose saved value is empty text stays empty', rawSheet('<row r="1"><c r="A1" t="str"><f>""</f><v></v></c><c r="B1"><v>1</v></c></row>'), '1\n', 0, 1],
    ['… also when written <v/>', rawSheet('<row r="1"><c r="A1" t="str"><f>""</f><v/></c><c r="B1"><v>1</v></c></row>'), '1\n', 0, 1],
  ])('%s', (_, options, text, notCalculated, rows) => {
    const { listed, csv } = readSheet(options);
    expect(csv.text).toBe(text);
    expect(csv.notCalculated).toBe(notCalculated);
    expect(listed.rows).toBe(rows);
  });
});

describe('rows hidden in Excel are imported and counted, so the wizard can say so', () => {
  it.each<[string, readonly number[], number]>([
    ['no hidden rows', [], 0],
    ['rows hidden by a filter', [2, 4], 2],
    ['a hidden empty row does not count', [3], 0],
  ])('%s', (_, hiddenRows, count) => {
    const { csv } = readSheet({ sheets: [{ name: 'S', hiddenRows, rows: [['user', 'uses'], ['u1', 1], null, ['u3', 3]] }] });
    expect(csv.text).toBe('user,uses\nu1,1\n\nu3,3\n');
    expect(csv.hiddenRows).toBe(count);
  });
});
