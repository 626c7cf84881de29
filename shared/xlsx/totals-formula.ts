/**
 * A cell that adds up the rows above it: `=SUM(C2:C11)` in C12, `=SUBTOTAL(109,C2:C11)`, a table's totals
 * row (`=SUBTOTAL(109,Table1[uses])`). A row holding one is a total, whatever its first cell says
 * ("All users", "Σ", or a date): read as data it would count every row above it a second time.
 */
import { columnIndex } from './cell-refs';

const CALL = /^\s*(?:_xlfn\.)?(SUM|AVERAGEA?|COUNTA?|MIN|MAX|MEDIAN|SUBTOTAL|AGGREGATE)\((.*)\)\s*$/i;
const RANGE = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i;
/** A table column, as a table's totals row refers to it. */
const TABLE_COLUMN = /^[\w.]*\[[^\]]+\]$/;

/** True when `formula` (in the cell at `column`, 0 = A, of sheet row `row`) sums up or summarises the rows above it in its own column. */
export function isTotalsFormula(formula: string, column: number, row: number): boolean {
  const call = CALL.exec(formula);
  if (call === null) return false;
  const name = call[1]!.toUpperCase();
  const args = call[2]!.split(',').map((a) => a.trim());
  // SUBTOTAL(function, ref) and AGGREGATE(function, options, ref) name the function first.
  const lead = name === 'SUBTOTAL' ? 1 : name === 'AGGREGATE' ? 2 : 0;
  if (args.length !== lead + 1 || !args.slice(0, lead).every((a) => /^\d+$/.test(a))) return false;
  const ref = args[lead]!;
  if (lead > 0 && TABLE_COLUMN.test(ref)) return true;
  const range = RANGE.exec(ref);
  if (range === null) return false;
  const [, fromCol, fromRow, toCol, toRow] = range;
  return columnIndex(fromCol!) === column && columnIndex(toCol!) === column && Number(fromRow) < row && Number(toRow) < row;
}
