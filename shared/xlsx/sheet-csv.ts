/**
 * A worksheet written as CSV text for the import pipeline, one line per sheet row: line N of the text
 * is row N of the sheet, so every line number the importer reports (rejected rows, warnings, the
 * preview) is the row number Excel shows. Rows without values become blank lines (counted as blank,
 * never rejected) and every row is padded to the sheet's width, because a workbook leaves trailing
 * empty cells out where a CSV file would write empty fields.
 */
import { columnName } from './cell-refs';
import { readHiddenColumns } from './hidden-columns';
import { fillMergedDown, readMerges } from './merged-cells';
import { readSheetRows, type SheetContext, type SheetRow } from './sheet-rows';
import type { MixedDateColumn } from './text-dates';

export interface SheetCsv {
  readonly text: string;
  /** Rows holding at least one value. */
  readonly rows: number;
  readonly columns: number;
  /** Cells whose line breaks were written as spaces (a line break would shift the line numbers below it). */
  readonly lineBreaks: number;
  /** Rows with values that Excel hides (a filter, or hidden by hand): they are imported like the others. */
  readonly hiddenRows: number;
  /** Formula cells saved without their value: each is written as `NOT_CALCULATED`, which the import rejects. */
  readonly notCalculated: number;
  /** Text cells whose shared string the file does not have (a damaged file: the sheet is refused). */
  readonly missingStrings: number;
  /** Sheet rows that add up the rows above them (a cell such as `=SUM(C2:C11)`), in order. */
  readonly totalRows: readonly number[];
  /** How many of `totalRows` are the sheet's last rows with values: these are skipped as lines at the bottom. */
  readonly totalsAtEnd: number;
  /** Cells inside ranges merged down a column, read as the merged value Excel shows on their row. */
  readonly mergedFilled: number;
  /** Columns with values that Excel hides, by their letters (`C`): read like the others. */
  readonly hiddenColumns: readonly string[];
  /**
   * The text's decimal mark, which the import must use rather than guess: a comma when more text cells hold numbers
   * written with one (`12,5`) than with a point, numeric cells then written the same way (`1,234` for 1.234).
   */
  readonly decimalComma: boolean;
  /** Columns mixing date cells with text dates Excel could not read (`13/04/2025`): the date cells may have day and month swapped. */
  readonly mixedDates: readonly MixedDateColumn[];
}

/** What the wizard says of a sheet before it is imported (hidden rows, totals, formulas without values…). */
export type SheetNotes = Pick<SheetCsv, 'lineBreaks' | 'hiddenRows' | 'notCalculated' | 'totalRows' | 'totalsAtEnd' | 'mergedFilled' | 'hiddenColumns' | 'mixedDates'>;

/** A workbook whose sheet is not read yet (or not chosen) has nothing to say. */
export const NO_SHEET_NOTES: SheetNotes = { lineBreaks: 0, hiddenRows: 0, notCalculated: 0, totalRows: [], totalsAtEnd: 0, mergedFilled: 0, hiddenColumns: [], mixedDates: [] };

/** The notes of a sheet, the lists cut to their first `listed` entries (the wizard names a few). */
export function sheetNotes(from: SheetNotes, listed = Infinity): SheetNotes {
  const { lineBreaks, hiddenRows, notCalculated, totalRows, totalsAtEnd, mergedFilled, hiddenColumns, mixedDates } = from;
  return {
    lineBreaks,
    hiddenRows,
    notCalculated,
    totalRows: totalRows.slice(0, listed),
    totalsAtEnd,
    mergedFilled,
    hiddenColumns: hiddenColumns.slice(0, listed),
    mixedDates: mixedDates.slice(0, listed),
  };
}

const NEEDS_QUOTES = /[",\n\r]/;
const LINE_BREAKS = /\r\n|\r|\n/g;

function csvField(value: string | undefined, counts: { lineBreaks: number }): string {
  if (value === undefined || value === '') return '';
  let text = value;
  if (text.indexOf('\n') !== -1 || text.indexOf('\r') !== -1) {
    counts.lineBreaks++;
    text = text.replace(LINE_BREAKS, ' ');
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Puts rows in sheet order, in place. Excel writes them in order, but other tools may not (rows written
 * as they were filled in, or a row written twice, one cell at a time): line N must still be row N, so
 * they are sorted, and two parts of one row become one row.
 */
export function inSheetOrder(rows: SheetRow[]): void {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = rows[i - 1]!.row < rows[i]!.row;
  if (sorted) return;
  // Stable: of two parts of one row, the later one's cells win, as a later cell with the same reference does in the file.
  rows.sort((a, b) => a.row - b.row);
  let kept = 0;
  for (const row of rows) {
    const last = kept > 0 ? rows[kept - 1]! : null;
    if (last !== null && last.row === row.row) {
      row.cells.forEach((cell, c) => {
        if (cell !== undefined) last.cells[c] = cell;
      });
    } else rows[kept++] = row;
  }
  rows.length = kept;
}

/** Letters of the hidden columns that hold a value in some row. */
function hiddenColumnsWithValues(xml: string, rows: readonly SheetRow[]): string[] {
  const hidden = readHiddenColumns(xml);
  if (hidden.size === 0) return [];
  return [...hidden]
    .filter((c) => rows.some((row) => row.cells[c] !== undefined))
    .sort((a, b) => a - b)
    .map(columnName);
}

/** Converts a worksheet part to CSV text (comma-separated, `\n` line ends, quotes where needed). */
export function sheetToCsv(xml: string, context: SheetContext): SheetCsv {
  let read = readRows(xml, context);
  const { commaTexts, pointTexts, pointNumbers } = read.counts;
  const decimalComma = commaTexts > pointTexts;
  // Rare: numbers typed as text in a decimal-comma locale beside numeric cells with decimals. Read again, writing
  // those with a comma too, so that one decimal mark reads both (with a point, "0,02" would be no number; with a
  // comma, 1.234 s would become 1234).
  if (decimalComma && pointNumbers > 0) {
    read.rows.length = 0;
    read = readRows(xml, { ...context, decimalComma: true });
  }
  return toCsv(xml, read, decimalComma);
}

interface ReadRows {
  readonly rows: SheetRow[];
  readonly counts: ReturnType<typeof readSheetRows>;
  readonly first: number;
  readonly last: number;
  readonly notCalculated: number;
}

function readRows(xml: string, context: SheetContext): ReadRows {
  const rows: SheetRow[] = [];
  let first = Infinity;
  let last = -1;
  let notCalculated = 0;
  const counts = readSheetRows(xml, context, (row) => {
    rows.push(row);
    notCalculated += row.notCalculated;
    const cells = row.cells;
    if (cells.length - 1 > last) last = cells.length - 1;
    if (first > 0) {
      for (let c = 0; c < cells.length && c < first; c++) {
        if (cells[c] !== undefined) {
          first = c;
          break;
        }
      }
    }
  });
  return { rows, counts, first, last, notCalculated };
}

function toCsv(xml: string, read: ReadRows, decimalComma: boolean): SheetCsv {
  const { rows, first, last, notCalculated } = read;
  const { missingStrings, mixedDates } = read.counts;
  if (rows.length === 0) return { text: '', rows: 0, columns: 0, lineBreaks: 0, hiddenRows: 0, notCalculated: 0, missingStrings, totalRows: [], totalsAtEnd: 0, mergedFilled: 0, hiddenColumns: [], decimalComma, mixedDates };
  inSheetOrder(rows);
  const mergedFilled = fillMergedDown(rows, readMerges(xml));
  // Columns left of the leftmost value (a table starting in column C) are not part of the data.
  const width = last - first + 1;
  const counts = { lineBreaks: 0 };
  const lines: string[] = [];
  let lineNumber = 1;
  const fields = new Array<string>(width);
  for (const row of rows) {
    while (lineNumber < row.row) {
      lines.push('');
      lineNumber++;
    }
    for (let c = 0; c < width; c++) fields[c] = csvField(row.cells[first + c], counts);
    lines.push(fields.join(','));
    lineNumber++;
  }
  lines.push('');
  const hiddenRows = rows.reduce((n, row) => (row.hidden ? n + 1 : n), 0);
  const totalRows = rows.filter((row) => row.totals).map((row) => row.row);
  let totalsAtEnd = 0;
  while (totalsAtEnd < rows.length && rows[rows.length - 1 - totalsAtEnd]!.totals) totalsAtEnd++;
  return { text: lines.join('\n'), rows: rows.length, columns: width, lineBreaks: counts.lineBreaks, hiddenRows, notCalculated, missingStrings, totalRows, totalsAtEnd, mergedFilled, hiddenColumns: hiddenColumnsWithValues(xml, rows), decimalComma, mixedDates };
}
