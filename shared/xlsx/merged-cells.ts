/**
 * Cells merged down a column (`<mergeCell ref="C2:C5"/>`): Excel keeps the value in C2 only and shows it
 * across C2–C5, so the user sees "Support" on each of those rows. Read cell by cell, rows 3–5 would have
 * no team (counted in no group) or no date (rejected). Each row of the range that has values of its own
 * gets the merged value in that column, as shown. Merges across columns (a title or a header spanning
 * columns) are left as they are: one value, in their first column.
 */
import { columnIndex } from './cell-refs';
import type { SheetRow } from './sheet-rows';

interface Merge {
  readonly column: number;
  readonly from: number;
  readonly to: number;
}

const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s+ref="([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)"/g;

/** A sheet with millions of merged cells is not data laid out for import; beyond this many, no more are filled. */
const MAX_FILLED = 1_000_000;

/** The merges spanning more than one row, from the `<mergeCells>` part after the sheet data. */
export function readMerges(xml: string): Merge[] {
  const at = xml.lastIndexOf('mergeCells>');
  if (at === -1) return [];
  const start = xml.lastIndexOf('<', xml.lastIndexOf('mergeCells', at - 1));
  const merges: Merge[] = [];
  MERGE.lastIndex = Math.max(0, start);
  for (let m = MERGE.exec(xml); m !== null; m = MERGE.exec(xml)) {
    const from = Number(m[2]);
    const to = Number(m[4]);
    if (to > from) merges.push({ column: columnIndex(m[1]!), from, to });
  }
  return merges;
}

/** Fills merged ranges down their first column in rows that have values (rows in sheet order); returns the cells filled. */
export function fillMergedDown(rows: readonly SheetRow[], merges: readonly Merge[]): number {
  if (merges.length === 0) return 0;
  const byNumber = new Map(rows.map((row) => [row.row, row]));
  let filled = 0;
  for (const { column, from, to } of merges) {
    const value = byNumber.get(from)?.cells[column];
    if (value === undefined) continue;
    for (let r = from + 1; r <= to && filled < MAX_FILLED; r++) {
      const row = byNumber.get(r);
      if (row === undefined || row.cells[column] !== undefined) continue;
      row.cells[column] = value;
      filled++;
    }
  }
  return filled;
}
