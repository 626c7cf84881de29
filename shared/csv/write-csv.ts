/**
 * Writing CSV for people to open in a spreadsheet: RFC 4180 quoting, and cells that a spreadsheet would
 * run as a formula neutralised as OWASP recommends ("CSV injection").
 */
import type { Rejection } from './reasons';

export type CsvCellValue = string | number | boolean | null | undefined;

export interface WriteCsvOptions {
  readonly delimiter?: string;
  /** RFC 4180 and Excel use CRLF (the default). */
  readonly newline?: '\r\n' | '\n';
  /** Prefix `'` to cells starting with = + - @ tab CR LF (default true). */
  readonly neutraliseFormulas?: boolean;
  /** Start with a UTF-8 byte order mark so Excel on Windows reads accents right. */
  readonly bom?: boolean;
}

/** A plain number such as `-5` or `+3.25` is safe to leave alone: spreadsheets read it as a number, not a formula. */
function isPlainNumber(text: string): boolean {
  let i = 1;
  let digits = 0;
  let dot = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c === 46 || c === 44) && !dot && digits > 0) dot = true;
    else return false;
  }
  return digits > 0 && text.charCodeAt(text.length - 1) !== 46 && text.charCodeAt(text.length - 1) !== 44;
}

/**
 * True when a spreadsheet could treat the cell as a formula: it starts with `=`, `+`, `-`, `@`, tab, CR or LF.
 * A signed plain number (`-5`, `+3.5`) is the one exception, because prefixing it would corrupt data
 * without making anything safer.
 */
export function isFormulaLike(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  if (c === 61 || c === 64 || c === 9 || c === 13 || c === 10) return true;
  if (c === 43 || c === 45) return !isPlainNumber(text);
  return false;
}

/** The text a cell holds after neutralisation: a leading `'` before formula-like content. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** One cell, quoted when it holds the delimiter, a quote, a line break, or was neutralised. */
export function csvCell(value: CsvCellValue, options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  return cellText(value, delimiter, options.neutraliseFormulas !== false, specialsOf(delimiter));
}

/**
 * Matches text that must be quoted: the delimiter, a quote mark, a line break. One expression per
 * delimiter, so a cell is scanned once (a rejected-rows file of a million rows has ten million cells).
 */
const specials = new Map<string, RegExp>();
function specialsOf(delimiter: string): RegExp {
  let found = specials.get(delimiter);
  if (found === undefined) {
    // A delimiter of several characters (never detected, but callers may pass one) is looked for whole, apart.
    const own = delimiter.length === 1 ? delimiter.replace(/[\\\]^-]/g, '\\$&') : '';
    found = new RegExp(`[${own}"\r\n]`);
    specials.set(delimiter, found);
  }
  return found;
}

function cellText(value: CsvCellValue, delimiter: string, neutralise: boolean, special: RegExp): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return textCell(value, delimiter, delimiter.length === 1 ? delimiter.charCodeAt(0) : -1, neutralise, special);
}

/**
 * A text cell. `delimiterCode` is the delimiter's char code when it is one character (then the cell is
 * scanned once, char by char: for the short cells of a rejected-rows file that beats any native search),
 * else -1 (a longer delimiter is looked for whole).
 */
function textCell(value: string, delimiter: string, delimiterCode: number, neutralise: boolean, special: RegExp): string {
  let text = value;
  let quote = false;
  if (neutralise && isFormulaLike(text)) {
    text = `'${text}`;
    quote = true;
  }
  if (!quote) {
    const n = text.length;
    if (n > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32)) {
      // Leading or trailing spaces would be trimmed on the way back in; quoting keeps spreadsheets from doing so.
      quote = true;
    } else if (delimiterCode >= 0) {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 || c === 10 || c === 13 || c === delimiterCode) {
          quote = true;
          break;
        }
      }
    } else {
      quote = text.includes(delimiter) || special.test(text);
    }
  }
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document; every line ends with the newline (RFC 4180 allows it and spreadsheets expect it). */
export function writeCsv(rows: Iterable<readonly CsvCellValue[]>, options: WriteCsvOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  const delimiter = options.delimiter ?? ',';
  const neutralise = options.neutraliseFormulas !== false;
  const special = specialsOf(delimiter);
  const parts: string[] = options.bom ? ['\uFEFF'] : [];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      if (i > 0) line += delimiter;
      line += cellText(row[i], delimiter, neutralise, special);
    }
    parts.push(line + newline);
  }
  return parts.join('');
}

/**
 * The body lines of the rejected-rows download (`rejectedRowsCsv` without its header line), written
 * straight from the rejections: no row array per rejection. A file imported into the wrong plan can
 * reject every one of a million rows, so this runs once per row; the result is byte for byte
 * `writeCsv(rejections.map((r) => [r.line, r.message, ...r.cells]), options)`.
 */
export function rejectedRowsBody(rejections: readonly Rejection[], options: WriteCsvOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  const delimiter = options.delimiter ?? ',';
  const delimiterCode = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  const neutralise = options.neutraliseFormulas !== false;
  const special = specialsOf(delimiter);
  // Rows rejected for one reason share their message, often the very same text: written once.
  let lastMessage = '';
  let lastMessageText = '';
  const parts: string[] = [];
  for (let r = 0; r < rejections.length; r++) {
    const { line, message, cells } = rejections[r]!;
    if (message !== lastMessage || r === 0) {
      lastMessage = message;
      lastMessageText = textCell(message, delimiter, delimiterCode, neutralise, special);
    }
    let text = cellText(line, delimiter, neutralise, special) + delimiter + lastMessageText;
    const clean = cells.length === 0 || delimiterCode < 0 ? null : cleanLine(cells, delimiter);
    if (clean !== null) text += delimiter + clean;
    else for (let i = 0; i < cells.length; i++) text += delimiter + textCell(cells[i]!, delimiter, delimiterCode, neutralise, special);
    parts.push(text + newline);
  }
  return parts.join('');
}

/** A quote mark or a line break: a cell holding one is quoted. */
const QUOTE_OR_BREAK = /["\r\n]/;

/**
 * The cells joined by the (one-character) delimiter when every one is written as it is — no quote mark,
 * line break or delimiter inside, no space at either end, no start a spreadsheet could run as a formula
 * (a signed number is left to `textCell`) — else null. Most rejected rows are such rows, and then one
 * native join and one search replace a char-by-char scan of every cell.
 */
function cleanLine(cells: readonly string[], delimiter: string): string | null {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const n = cell.length;
    if (n === 0) continue;
    const first = cell.charCodeAt(0);
    if (first === 32 || cell.charCodeAt(n - 1) === 32) return null;
    if (first === 61 || first === 64 || first === 43 || first === 45 || first === 9 || first === 13 || first === 10) return null;
  }
  const line = cells.join(delimiter);
  if (QUOTE_OR_BREAK.test(line)) return null;
  // The line holds one delimiter between each two cells and no more: no cell holds one.
  let count = 0;
  for (let at = line.indexOf(delimiter); at !== -1; at = line.indexOf(delimiter, at + 1)) {
    if (++count >= cells.length) return null;
  }
  return line;
}

/**
 * The rejected-rows download: the line number and reason first, then the original cells under the
 * file's own headers, so the user can fix the rows and import them again.
 */
export function rejectedRowsCsv(headers: readonly string[], rejections: Iterable<Rejection>, options: WriteCsvOptions = {}): string {
  const rows: CsvCellValue[][] = [['Line', 'Reason', ...headers]];
  for (const r of rejections) rows.push([r.line, r.message, ...r.cells]);
  return writeCsv(rows, { bom: true, ...options });
}
