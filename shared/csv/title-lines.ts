/**
 * A title above the table: "Pilot usage, December 2025" in the first cell of a sheet or an export, a
 * blank line, then the column names. Read as the header, it hides every column; the lines are skipped
 * instead (as "lines to skip at the top", which the wizard shows and the user can change).
 */
import { dateParts, parseDecimal } from './values';

/** At most this many title lines (a title, a subtitle, a "Generated on" line…). */
const MAX_TITLE_LINES = 5;

function filled(record: readonly string[]): string[] {
  return record.filter((cell) => cell !== '');
}

/** Text that is not a number or a date: a headerless file's row with a lone value is data, not a title. */
function isWords(cell: string): boolean {
  return dateParts(cell) === null && Number.isNaN(parseDecimal(cell.replace(/%$/, ''), false)) && Number.isNaN(parseDecimal(cell, true));
}

/**
 * How many of the first records (trimmed, blank ones left out) are title lines: each holds one cell of
 * words, and the record after them has two or more cells and reads as a header (`isHeader`, given the
 * records from it on). 0 when the file starts with its table.
 */
export function titleRecords(records: readonly (readonly string[])[], isHeader: (records: readonly (readonly string[])[]) => boolean): number {
  let n = 0;
  while (n < records.length && n < MAX_TITLE_LINES) {
    const cells = filled(records[n]!);
    if (cells.length !== 1 || !isWords(cells[0]!)) break;
    n++;
  }
  if (n === 0 || n >= records.length || filled(records[n]!).length < 2) return 0;
  return isHeader(records.slice(n)) ? n : 0;
}
