/**
 * Cells that hold a spreadsheet's error instead of a value: `#N/A` where a lookup found nothing,
 * `#DIV/0!`, `#REF!`… (Excel, Google Sheets), `Err:502` (LibreOffice), and a formula whose value the
 * file does not hold (see `NOT_CALCULATED`). Such a cell in a mapped column rejects its row with the
 * reason; read as text it would be a user called "#N/A", a team called "#REF!".
 */
import { fieldById } from './fields';
import type { ImportKind } from './kinds';
import type { RowBuilder, RowOutcome } from './row-common';
import { trimCell } from './values';

/**
 * What the workbook reader writes for a formula cell saved without its value (a file written by a
 * program that does not calculate): shaped like an error so no column reads it as data.
 */
export const NOT_CALCULATED = '#NOT_CALCULATED!';

const ERRORS = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!|ERROR!|NOT_CALCULATED!)|Err:\d{3})$/i;

/** The error a cell holds, or null for a value. */
export function spreadsheetError(cell: string | undefined): string | null {
  if (cell === undefined || cell.length < 4) return null;
  const first = cell.charCodeAt(0);
  // Nearly every cell is settled by its first character: `#`, `E` or a space or quote that trimming removes.
  if (first !== 35 && first !== 69 && first !== 101 && first > 34) return null;
  const text = trimCell(cell);
  return ERRORS.test(text) ? text : null;
}

function message(label: string, error: string): string {
  if (error.toUpperCase() === NOT_CALCULATED) {
    return `${label} is a formula whose result the workbook does not hold (a program that does not calculate formulas wrote it): open the file in Excel, save it, and import it again`;
  }
  return `${label} holds the spreadsheet error ${error} (a formula that failed), not a value`;
}

/** Wraps a kind's row builder: a mapped cell holding an error rejects the row before its values are read. */
export function rejectSpreadsheetErrors<K extends ImportKind>(build: RowBuilder<K>, kind: K, columns: ReadonlyMap<string, number>): RowBuilder<K> {
  const mapped = [...columns].filter(([, index]) => index >= 0);
  const fields = mapped.map(([field]) => field);
  const indexes = mapped.map(([, index]) => index);
  return (cells, line, out: RowOutcome) => {
    // Runs on every row of every import: the first character rules out nearly every cell without a call.
    for (let i = 0; i < indexes.length; i++) {
      const cell = cells[indexes[i]!];
      if (cell === undefined || cell.length < 4) continue;
      const first = cell.charCodeAt(0);
      if (first !== 35 && first !== 69 && first !== 101 && first > 34) continue;
      const error = spreadsheetError(cell);
      if (error === null) continue;
      const field = fields[i]!;
      out.code = error.toUpperCase() === NOT_CALCULATED ? 'formula_not_calculated' : 'spreadsheet_error';
      out.field = field;
      out.message = message(fieldById(kind, field)?.label ?? field, error);
      return null;
    }
    return build(cells, line, out);
  };
}
