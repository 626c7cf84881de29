/**
 * Lines of an export that are not data: Excel's `sep=;` hint, more header rows under the header (survey
 * tools), a totals row at the end. Each is skipped and reported with its line number, never rejected.
 */
import { csvDelimiters, type CsvDelimiter } from './settings';
import { dateParts, parseBoolean, parseDecimal, trimCell } from './values';

/** The delimiter an Excel `sep=X` first line names, or null when the line is not one. */
export function sepLineDelimiter(cells: readonly string[], delimiter: CsvDelimiter): CsvDelimiter | null {
  // Empty cells after it are the line padded to the table's width ("sep=;,,,"), or the delimiter it names itself:
  // "sep=" and a tab, read as tab-separated, is two cells, and the tab would be trimmed away with the padding.
  let end = cells.length;
  while (end > 1 && trimCell(cells[end - 1]) === '') end--;
  const text = cells.slice(0, end).map(trimCell).join(delimiter).replace(/^\uFEFF/, '').trim();
  if (end < cells.length && /^sep=$/i.test(text)) return delimiter;
  const match = /^sep=(.|\\t)$/i.exec(text);
  if (!match) return null;
  const named = match[1] === '\\t' ? '\t' : match[1]!;
  return (csvDelimiters as readonly string[]).includes(named) ? (named as CsvDelimiter) : null;
}

/** Finds a `sep=X` first line in decoded text (the delimiter guess must not be fooled by it). */
export function sepHint(text: string): CsvDelimiter | null {
  const match = /^\uFEFF?"?sep=(.)"?[,;\t|]*\r?\n/i.exec(text);
  if (!match) return null;
  return (csvDelimiters as readonly string[]).includes(match[1]!) ? (match[1] as CsvDelimiter) : null;
}

// "Service total": AWS Cost Explorer's first row under the header; "Rounding error": Google Cloud's cost table's last
// rows beside "Total".
const SUMMARY_WORDS =
  /^(total|totals|grand total|service total|rounding error|sum|subtotal|summe|gesamt|insgesamt|gesamtsumme|somme|total général|suma|totaal|som|aggregated|average|mean|avg|durchschnitt|mittelwert|moyenne|promedio|gemiddelde|count|anzahl)\b[:\s]*$/i;

/**
 * A group or team named like a total ("Total", "All", "(all)", "Gesamt"): pivot and BI exports add such a row
 * per day beside the teams it sums.
 */
export function isTotalName(text: string): boolean {
  return SUMMARY_WORDS.test(text) || /^\(?(all|all teams|all groups|alle|tous|todos|alles)\)?$/i.test(text.trim());
}

/**
 * The first three characters of `text` as one number when they are ASCII letters (any case), else -1:
 * a lookup key that allocates nothing. (The expression's `i` flag folds ASCII letters only.)
 */
function letterKey(text: string): number {
  let key = 0;
  for (let i = 0; i < 3; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
    key = (key << 8) | c;
  }
  return key;
}

/** The keys of the first three letters of every word in SUMMARY_WORDS (each has at least three). */
const SUMMARY_STARTS = new Set(
  SUMMARY_WORDS.source
    .slice(2, SUMMARY_WORDS.source.indexOf(')'))
    .split('|')
    .map(letterKey),
);

/**
 * A totals or summary row: its first non-empty cell is "Total", "Summe", "Average"… and no other cell
 * looks like an id or date of its own (a user called "Total" with a date stays a data row).
 */
export function isSummaryRow(cells: readonly string[]): boolean {
  let first = -1;
  for (let i = 0; i < cells.length; i++) {
    if (trimCell(cells[i]) !== '') {
      first = i;
      break;
    }
  }
  if (first < 0) return false;
  const word = trimCell(cells[first]);
  // Runs on every row: the first three letters rule out nearly every data row before the expression runs.
  if (!SUMMARY_STARTS.has(letterKey(word)) || !SUMMARY_WORDS.test(word)) return false;
  for (let i = first + 1; i < cells.length; i++) {
    const cell = trimCell(cells[i]);
    if (cell !== '' && dateParts(cell) !== null) return false;
  }
  return true;
}

type CellShape = 'empty' | 'value' | 'text';

function shape(cell: string): CellShape {
  if (cell === '') return 'empty';
  const bare = cell.endsWith('%') ? cell.slice(0, -1) : cell;
  if (dateParts(cell) !== null || !Number.isNaN(parseDecimal(bare, false)) || !Number.isNaN(parseDecimal(bare, true))) return 'value';
  return 'text';
}

const isImportId = (cell: string): boolean => /^\{\s*"ImportId"\s*:/i.test(cell);

/** Most extra header rows a survey export has (Qualtrics: two). */
const MAX_EXTRA = 3;

/**
 * How many rows right after the header are more header: Qualtrics' `{"ImportId":…}` row, a row repeating
 * the questions' text, SurveyMonkey's "Response" / "Open-Ended Response" row. A row counts when it holds an
 * ImportId, or when it holds no number or date while the rows below hold numbers or dates in a column where
 * it has text. `rows` are trimmed data rows after the header.
 */
export function countExtraHeaderRows(rows: readonly (readonly string[])[], header: readonly string[] = []): number {
  // Qualtrics writes its question-text row above the ImportId row: every row down to an ImportId row is header,
  // also when the survey has a single response below (the value test needs rows below to compare with).
  let lastImportId = -1;
  for (let r = 0; r < Math.min(MAX_EXTRA, rows.length); r++) if (rows[r]!.some(isImportId)) lastImportId = r;
  return Math.max(lastImportId + 1, countByValues(rows, header));
}

function countByValues(rows: readonly (readonly string[])[], header: readonly string[]): number {
  let extra = 0;
  for (; extra < Math.min(MAX_EXTRA, rows.length - 1); extra++) {
    const row = rows[extra]!;
    if (row.some(isImportId)) continue;
    const shapes = row.map(shape);
    if (shapes.includes('value') || !shapes.includes('text')) break;
    // yes/no answers are data, whatever the columns below hold.
    if (row.some((c) => parseBoolean(c) !== null)) break;
    // A row repeating the header's own names in their columns (Qualtrics' label row: "LocationLatitude" under
    // "LocationLatitude") is more header, however few rows follow.
    if (row.some((cell, c) => cell !== '' && cell === header[c])) continue;
    const below = rows.slice(extra + 1, extra + 51).filter((r) => !r.some(isImportId));
    if (below.length < 2) break;
    let evidence = false;
    for (let c = 0; c < row.length && !evidence; c++) {
      if (shapes[c] !== 'text') continue;
      const values = below.map((r) => shape(r[c] ?? '')).filter((s) => s !== 'empty');
      evidence = values.length > 0 && values.filter((s) => s === 'value').length >= values.length * 0.8;
    }
    if (!evidence && !row.some((c) => /^(response|open-ended response|antwort|réponse|respuesta|antwoord)$/i.test(c))) break;
  }
  return extra;
}

/** Most lines a block of notes under the table is taken to have. */
const MAX_NOTES = 20;

/**
 * Lines under the table, after a blank line, each with fewer cells than the header: a tool's summary block ("SUMMARY",
 * "Total Conversations,3", "Report Generated,10/16/2025, 6:44:34 PM"). They are notes, not rows that lost their cells:
 * skipped at the bottom and reported, never rejected. Returns how many records to skip (0 when the file ends with data).
 * `rows` are the data records, `lines` their first lines, `width` the header's cells.
 */
export function trailingNotes(rows: readonly (readonly string[])[], lines: readonly number[], width: number): number {
  let n = 0;
  while (n < Math.min(MAX_NOTES, rows.length - 1) && rows[rows.length - 1 - n]!.length < width) n++;
  if (n === 0 || n === rows.length) return 0;
  const lastData = rows.length - 1 - n;
  // A full row above the block, ending on the line before a blank one (a cell with a line break spans more lines).
  if (rows[lastData]!.length !== width || rows[lastData]!.some((cell) => cell.includes('\n'))) return 0;
  return lines[lastData + 1]! - lines[lastData]! >= 2 ? n : 0;
}
