import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import { textDecimalMark } from '../../../shared/xlsx/decimal-mark';
import { buildXlsx, type XCell } from '../../fixtures/xlsx/build-xlsx';

/** The sheet's CSV text and the decimal mark the reader says it uses. */
function sheetOf(rows: XCell[][]): { text: string; decimalComma: boolean } {
  const opened = openWorkbook(buildXlsx({ sheets: [{ name: 'S', rows }] }), 'book.xlsx');
  if (!opened.ok) throw new Error(opened.error.message);
  const csv = opened.value.sheetCsv('S');
  if (!csv.ok) throw new Error(csv.error.message);
  return { text: csv.value.text.trimEnd(), decimalComma: csv.value.decimalComma };
}

describe('the decimal mark of numbers a sheet holds as text', () => {
  it.each<[string, 'comma' | 'point' | null]>([
    ['12,5', 'comma'],
    ['0,125', 'comma'],
    ['1.234,5', 'comma'],
    ['12,5 %', 'comma'],
    ['-0,02', 'comma'],
    ['12.5', 'point'],
    ['0.125', 'point'],
    ['1,234.5', 'point'],
    ['12.5%', 'point'],
    ['1,234', null], // a thousands separator or a decimal comma: cannot tell
    ['1.234', null],
    ['1234', null],
    ['u1', null],
    ['2025-01-13', null],
    ['3,5 stars', null],
  ])('%j: %s', (text, mark) => {
    expect(textDecimalMark(text)).toBe(mark);
  });
});

describe('a sheet mixing numeric cells and numbers typed as text', () => {
  it.each<[string, XCell[][], string, boolean]>([
    ['text with decimal commas: numeric cells written with a comma too', [['latency_s', 'cost'], [1.234, '0,02'], [0.5, '0,03']], 'latency_s,cost\n"1,234","0,02"\n"0,5","0,03"', true],
    ['percent cells follow the same mark', [['share', 'note'], [{ n: 0.125, fmt: '0.0%' }, '12,5']], 'share,note\n"12,5%","12,5"', true],
    ['text with decimal points: nothing rewritten', [['latency_s', 'cost'], [1.234, '0.02']], 'latency_s,cost\n1.234,0.02', false],
    ['no number held as text', [['latency_s', 'uses'], [1.234, 3]], 'latency_s,uses\n1.234,3', false],
    ['more text numbers with a point than with a comma', [['a', 'b'], ['0.5', '0,5'], ['0.25', 1.5]], 'a,b\n0.5,"0,5"\n0.25,1.5', false],
    ['only ambiguous text ("1,234")', [['a', 'b'], ['1,234', 1.5]], 'a,b\n"1,234",1.5', false],
  ])('%s', (_, rows, text, decimalComma) => {
    expect(sheetOf(rows)).toEqual({ text, decimalComma });
  });
});
