/**
 * Lines above the table: a title ("Pilot usage, December 2025") in the first cell of a sheet or an export, a
 * blank line, then the column names; or a block of details, one label and its value a line (Google Cloud's
 * cost table opens with "Invoice number,1234567890," … "Total amount due,$5.72,"). Read as the header, they
 * hide every column; the lines are skipped instead (as "lines to skip at the top", which the wizard shows and
 * the user can change).
 */
import { dateParts, parseDecimal } from './values';

/** At most this many lines above the table (a title, a subtitle, a "Generated on" line, an invoice's details…). */
const MAX_TITLE_LINES = 12;

function filled(record: readonly string[]): string[] {
  return record.filter((cell) => cell !== '');
}

/** Text that is not a number or a date: a headerless file's row with a lone value is data, not a title. */
function isWords(cell: string): boolean {
  return dateParts(cell) === null && Number.isNaN(parseDecimal(cell.replace(/%$/, ''), false)) && Number.isNaN(parseDecimal(cell, true));
}

/**
 * How many of the first records (trimmed, blank ones left out) are above the table: each holds one cell of
 * words (a title) or a label of words and one value (a detail), and the record after them reads as a header
 * (`isHeader`, given the records from it on) with more cells filled than any of them (two or more under titles
 * alone, three or more under details). 0 when the file starts with its table.
 */
export function titleRecords(records: readonly (readonly string[])[], isHeader: (records: readonly (readonly string[])[]) => boolean): number {
  let n = 0;
  let widest = 1;
  while (n < records.length && n < MAX_TITLE_LINES) {
    const cells = filled(records[n]!);
    if (cells.length < 1 || cells.length > 2 || !isWords(cells[0]!) || (cells.length === 2 && records[n]![0] === '')) break;
    widest = Math.max(widest, cells.length);
    n++;
  }
  if (n === 0 || n >= records.length || filled(records[n]!).length <= widest) return 0;
  return isHeader(records.slice(n)) ? n : 0;
}
