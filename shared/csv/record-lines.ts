/** Where each record of the stream starts (line numbers the user can find in the file), and which records are blank. */
import type { RecordBatch } from './record-stream';

/** Counts `\n` in `text` before `end`. */
function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Line breaks inside a record's cells (only a quoted cell can hold one). */
function breaksInCells(cells: readonly string[]): number {
  let breaks = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    if (cell.length !== 0 && cell.indexOf('\n') !== -1) breaks += countNewlines(cell, cell.length);
  }
  return breaks;
}

/**
 * The line each record starts on, for records parsed from `text` up to `end` (they follow one another
 * from offset 0, each ended by a line break but perhaps the last): `lines` is null when record i starts
 * `i` lines after the first (no quoted line breaks); `next` is the line after the last record.
 *
 * Only a quoted cell can hold a line break, and a quoted cell starts with a quote mark. So a stretch
 * without a quote mark is one record per line, and so is a record whose first line has none: it ends
 * at that line's end. Only records with a quote mark on their first line have their cells searched.
 * That keeps the common file — no quoted line breaks at all, or a few — to one search per line.
 */
export function startLines(
  text: string,
  end: number,
  records: readonly (readonly string[])[],
  firstLine: number,
): { lines: number[] | null; next: number } {
  const n = records.length;
  let quote = text.indexOf('"');
  if (quote === -1 || quote >= end) return { lines: null, next: firstLine + n };
  let lines: number[] | null = null;
  let line = firstLine;
  let pos = 0;
  let i = 0;
  for (; i < n; i++) {
    // No quote mark in the rest of the stretch: the remaining records are one line each.
    if (quote === -1 || quote >= end) break;
    if (lines !== null) lines[i] = line;
    const lineEnd = text.indexOf('\n', pos);
    if (lineEnd !== -1 && lineEnd < quote) {
      pos = lineEnd + 1;
      line++;
      continue;
    }
    const breaks = breaksInCells(records[i]!);
    if (breaks > 0 && lines === null) {
      lines = new Array<number>(n);
      for (let k = 0; k <= i; k++) lines[k] = firstLine + k;
    }
    line += breaks + 1;
    // Past the record: its own line breaks and the one that ends it.
    for (let b = 0; b <= breaks && pos !== -1; b++) {
      const at = text.indexOf('\n', pos);
      pos = at === -1 ? -1 : at + 1;
    }
    if (pos === -1) {
      i++;
      break;
    }
    if (quote < pos) quote = text.indexOf('"', pos);
  }
  // Records from i on are one line each.
  if (lines !== null) for (let k = i; k < n; k++) lines[k] = line + (k - i);
  return { lines, next: line + (n - i) };
}

/** The line where record `i` of a batch starts. */
export function lineOf(batch: RecordBatch, i: number): number {
  return batch.lines === null ? batch.firstLine + i : batch.lines[i]!;
}

/** A blank line: an empty line, or cells holding nothing but whitespace (`,,,,`). */
export function isBlankRecord(record: readonly string[]): boolean {
  // `,,,,` (a row a spreadsheet left empty) is as blank as an empty line.
  for (const cell of record) if (cell.trim() !== '') return false;
  return true;
}
