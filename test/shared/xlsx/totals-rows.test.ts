import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import { isTotalsFormula } from '../../../shared/xlsx/totals-formula';
import { buildXlsx, type XCell } from '../../fixtures/xlsx/build-xlsx';

describe('a formula that adds up the rows above it in its own column', () => {
  // The cell is C12 (column 2, row 12) unless said otherwise.
  it.each<[string, boolean]>([
    ['SUM(C2:C11)', true],
    ['sum($C$2:$C$11)', true],
    ['SUBTOTAL(109,C2:C11)', true],
    ['SUBTOTAL(9, C2:C11)', true],
    ['AGGREGATE(9,5,C2:C11)', true],
    ['AVERAGE(C2:C11)', true],
    ['_xlfn.AGGREGATE(1,6,C2:C11)', true],
    ['SUBTOTAL(109,Table1[uses])', true],
    ['SUM(A12:B12)', false],
    ['SUM(D2:D11)', false],
    ['SUM(C2:C12)', false],
    ['SUM(C$2:C11)+1', false],
    ['B12*2', false],
    ['SUM(Table1[uses])', false],
    ['VLOOKUP(A12,Sheet2!A:B,2,FALSE)', false],
  ])('%s → %s', (formula, expected) => {
    expect(isTotalsFormula(formula, 2, 12)).toBe(expected);
  });
});

describe('totals rows found in a sheet', () => {
  const row = (user: XCell, uses: XCell): XCell[] => [user, 45670, uses];
  it.each<[string, (XCell[] | null)[], readonly number[], number]>([
    ['no totals', [row('u1', 1), row('u2', 2)], [], 0],
    ['a total labelled “All users” with a date, at the end', [row('u1', 1), row('u2', 2), row('All users', { formula: 'SUM(C2:C3)', cached: 3 })], [4], 1],
    ['an unlabelled SUBTOTAL row after a blank row', [row('u1', 1), row('u2', 2), null, [null, null, { formula: 'SUBTOTAL(109,C2:C3)', cached: 3 }]], [5], 1],
    [
      'a subtotal inside the table and a total at the end',
      [row('u1', 1), row('Team A', { formula: 'SUM(C2:C2)', cached: 1 }), row('u2', 2), row('Σ', { formula: 'SUM(C4:C4)', cached: 2 })],
      [3, 5],
      1,
    ],
    ['a total followed by a note', [row('u1', 1), row('All', { formula: 'SUM(C2:C2)', cached: 1 }), ['Source: tracker']], [3], 0],
  ])('%s', (_, rows, totalRows, totalsAtEnd) => {
    const opened = openWorkbook(buildXlsx({ sheets: [{ name: 'S', rows: [['user_id', 'date', 'uses'], ...rows] }] }), 'book.xlsx');
    if (!opened.ok) throw new Error(opened.error.message);
    const csv = opened.value.sheetCsv('S');
    if (!csv.ok) throw new Error(csv.error.message);
    expect([csv.value.totalRows, csv.value.totalsAtEnd]).toEqual([totalRows, totalsAtEnd]);
  });
});
