/** Detection on the first bytes of a file: encoding, delimiter, header row, decimal comma, column shapes. */
import Papa from 'papaparse';
import { createStreamDecoder } from './decode';
import { importFields } from './fields';
import { generatedHeaders, normaliseHeaders, type HeaderNote } from './headers';
import { importKinds } from './kinds';
import { headerKey } from './header-key';
import { guessDecimalComma } from './decimal-comma';
import { countExtraHeaderRows, isSummaryRow, sepHint, sepLineDelimiter, trailingNotes } from './line-skips';
import { isBlankRecord, lineOf } from './record-lines';
import { createCsvStream, type RecordProblem } from './record-stream';
import { csvDelimiters, csvFail, type CsvDelimiter, type CsvEncoding, type CsvResult, type CsvSettings } from './settings';
import { binaryReason, detectEncoding } from './sniff';
import { titleRecords } from './title-lines';
import { profileColumn, type ColumnProfile } from './value-detect';
import { dateParts, parseBoolean, parseDecimal, trimCell } from './values';

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface CsvDetection {
  readonly encoding: CsvEncoding;
  readonly bom: boolean;
  readonly delimiter: CsvDelimiter;
  readonly hasHeader: boolean;
  readonly decimalComma: boolean;
  readonly lineEnding: LineEnding;
  /** Unique column names (renamed where empty or repeated; "Column N" without a header row). */
  readonly headers: readonly string[];
  readonly headerNotes: readonly HeaderNote[];
  /** Cells per record most records of the sample have. */
  readonly width: number;
  /** Trimmed data records of the sample (header excluded), with their start lines and quoting problems. */
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
  readonly problems: ReadonlyMap<number, RecordProblem>;
  readonly columns: readonly ColumnProfile[];
  /** The sample is the whole file. */
  readonly complete: boolean;
  /** Rows after the header that are more header (survey exports), skipped; not part of `rows`. */
  readonly extraHeaderRows?: number;
  /** Comment lines ("# …") or a title found above the table, skipped like the user's "skip lines at the top" (0 when none). */
  readonly skipTop?: number;
  /** Lines of notes found under the table (a tool's summary block), skipped like "skip lines at the bottom" (0 when none). */
  readonly skipBottom?: number;
  /** The file starts with Excel's `sep=X` line, which named the delimiter and is skipped. */
  readonly sepLine?: boolean;
  /** Per column, the text of the extra header rows (the question behind "Q1"); '' where none. */
  readonly headerDetails?: readonly string[];
}

export type DetectionOverrides = Partial<
  Pick<CsvSettings, 'encoding' | 'delimiter' | 'hasHeader' | 'decimalComma' | 'skipTop' | 'skipBottom' | 'extraHeaderRows'>
>;

export interface DetectOptions {
  /** True when `sample` holds the whole file (the last line then needs no line break). */
  readonly complete: boolean;
  readonly overrides?: DetectionOverrides;
}

/** Records examined for delimiter and header guesses. */
const GUESS_RECORDS = 100;

/**
 * Detects how to read a file from its first bytes. Fails (as a value) for an empty file or one that is
 * not text. Every guess can be overridden; the overrides are applied before the later guesses, so a
 * delimiter chosen by the user is used to find the header.
 */
export function detectCsv(sample: Uint8Array, options: DetectOptions): CsvResult<CsvDetection> {
  const overrides = options.overrides ?? {};
  const sniffed = detectEncoding(sample);
  const encoding = overrides.encoding ?? sniffed.encoding;
  const decoder = createStreamDecoder(encoding);
  let text = decoder.decode(sample) + (options.complete ? decoder.end() : '');
  const binary = binaryReason(sample, text);
  if (binary) return csvFail('binary', binary);
  const ending = lineEnding(text);
  text = text.replace(/\r(?!\n)/g, '\n').replaceAll('\0', '');
  if (text.trim() === '') {
    return csvFail('empty', options.complete ? 'The file is empty.' : 'The beginning of the file is empty.');
  }

  const comments = overrides.skipTop === undefined ? leadingCommentLines(text) : 0;
  const skipTop = overrides.skipTop ?? comments;
  const body = comments > 0 ? text.split('\n').slice(comments).join('\n') : text;
  const hinted = sepHint(body);
  const delimiter = overrides.delimiter ?? hinted ?? guessDelimiter(body, options.complete);
  const records: string[][] = [];
  const lines: number[] = [];
  const problems = new Map<number, RecordProblem>();
  let first = true;
  let sepLine = false;
  const stream = createCsvStream({ encoding, delimiter, chunkChars: 1 }, (batch) => {
    batch.records.forEach((record, i) => {
      if (isBlankRecord(record) || lineOf(batch, i) <= skipTop) return;
      if (first) {
        first = false;
        if (sepLineDelimiter(record, delimiter) !== null) {
          sepLine = true;
          return;
        }
      }
      const problem = batch.problems?.get(i);
      if (problem) problems.set(records.length, problem);
      records.push(record.map(trimCell));
      lines.push(lineOf(batch, i));
    });
  });
  try {
    stream.push(sample);
    if (options.complete) stream.end();
  } catch {
    // A quote still open at the end of the sample: the records before it are enough to detect.
  }
  if (records.length === 0) return csvFail('empty', 'The file has no complete line of data.');
  // A title above the table (only looked for when no comment lines were skipped at the top); also under Excel's
  // sep= line, which is not among the records: the lines skipped then reach down to the title's last line.
  const titles = overrides.skipTop === undefined && comments === 0 ? titleRecords(records.slice(0, GUESS_RECORDS), guessHeader) : 0;
  const skipped = titles > 0 ? lines[titles]! - 1 : comments;
  if (titles > 0) {
    records.splice(0, titles);
    lines.splice(0, titles);
    const shifted = [...problems].filter(([index]) => index >= titles).map(([index, problem]) => [index - titles, problem] as const);
    problems.clear();
    for (const [index, problem] of shifted) problems.set(index, problem);
  }

  const width = modalWidth(records.slice(0, GUESS_RECORDS));
  const hasHeader = overrides.hasHeader ?? guessHeader(records.slice(0, GUESS_RECORDS));
  const headerRecord = records[0]!;
  const { names, notes } = hasHeader ? normaliseHeaders(headerRecord) : { names: generatedHeaders(width), notes: [] };
  const afterHeader = hasHeader ? records.slice(1) : records;
  const extraHeaderRows = hasHeader ? (overrides.extraHeaderRows ?? countExtraHeaderRows(afterHeader.slice(0, GUESS_RECORDS), headerRecord)) : 0;
  // A summary block under the table (after a blank line, shorter lines) is skipped like the user's "skip lines at the bottom".
  const notesBelow = options.complete && overrides.skipBottom === undefined
    ? trailingNotes(afterHeader.slice(extraHeaderRows), lines.slice((hasHeader ? 1 : 0) + extraHeaderRows), hasHeader ? names.length : width)
    : 0;
  const skipBottom = options.complete ? (overrides.skipBottom ?? notesBelow) : 0;
  const from = (hasHeader ? 1 : 0) + extraHeaderRows;
  // The last lines with something in them (blank lines at the end do not count): known only when the sample is all of the file.
  const to = Math.max(from, records.length - skipBottom);
  const dataRows = records.slice(from, to);
  const dataLines = lines.slice(from, to);
  const dataProblems = new Map<number, RecordProblem>();
  for (const [index, problem] of problems) {
    const at = index - from;
    if (at >= 0 && index < to) dataProblems.set(at, problem);
  }
  const decimalComma = overrides.decimalComma ?? guessDecimalComma(dataRows, delimiter);
  const preferDayFirst = decimalComma || delimiter === ';';
  const profiled = dataRows.filter((row, i) => !dataProblems.has(i) && !isSummaryRow(row)).slice(0, 500);
  const columns = names.map((_, c) =>
    profileColumn(
      profiled.map((r) => r[c] ?? ''),
      decimalComma,
      preferDayFirst,
    ),
  );

  return {
    ok: true,
    value: {
      encoding: decoder.encoding,
      bom: sniffed.bom && encoding === sniffed.encoding,
      delimiter,
      hasHeader,
      decimalComma,
      lineEnding: ending,
      headers: names,
      headerNotes: notes,
      width: hasHeader ? names.length : width,
      rows: dataRows,
      lines: dataLines,
      problems: dataProblems,
      columns,
      complete: options.complete,
      extraHeaderRows,
      skipTop: skipped,
      skipBottom: notesBelow,
      sepLine,
      headerDetails: names.map((_, c) =>
        afterHeader
          .slice(0, extraHeaderRows)
          .map((r) => r[c] ?? '')
          // Tool ids and SurveyMonkey's "Response" markers say nothing about the column.
          .filter((t) => t !== '' && !t.startsWith('{') && !/^(open-ended )?response$/i.test(t))
          .join(' '),
      ),
    },
  };
}

function modalWidth(records: readonly (readonly string[])[]): number {
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Picks the delimiter that splits the first records into the same number of fields (quotes respected,
 * by parsing with each candidate); among equally consistent ones, the one giving more fields.
 */
export function guessDelimiter(text: string, complete: boolean): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of csvDelimiters) {
    const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', preview: GUESS_RECORDS }) as unknown as {
      parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][] };
    };
    const records = parser.parse(text, 0, !complete).data.filter((r) => !isBlankRecord(r));
    if (records.length === 0) continue;
    const width = modalWidth(records);
    if (width < 2) continue;
    const consistency = records.filter((r) => r.length === width).length / records.length;
    // Consistency first (90 % and up counts as consistent: a few ragged rows must not flip the choice).
    const score = (consistency >= 0.9 ? 1000 : consistency * 900) + Math.min(width, 99);
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

let knownAliases: Set<string> | null = null;

function isKnownHeader(cell: string): boolean {
  if (!knownAliases) {
    knownAliases = new Set();
    for (const kind of importKinds) for (const f of importFields[kind]) for (const a of f.aliases) knownAliases.add(headerKey(a));
  }
  return knownAliases.has(headerKey(cell));
}

type CellType = 'empty' | 'number' | 'date' | 'boolean' | 'text';

function cellType(cell: string): CellType {
  if (cell === '') return 'empty';
  if (dateParts(cell) !== null) return 'date';
  const bare = cell.endsWith('%') ? cell.slice(0, -1) : cell;
  if (!Number.isNaN(parseDecimal(bare, false)) || !Number.isNaN(parseDecimal(bare, true))) return 'number';
  if (parseBoolean(cell) !== null) return 'boolean';
  return 'text';
}

/**
 * A first record is a header when one of its cells is a known column name, or when none of its cells is a
 * number or date while the column below holds numbers or dates, or when its texts appear nowhere below.
 */
export function guessHeader(records: readonly (readonly string[])[]): boolean {
  const first = records[0];
  if (!first) return false;
  if (first.some(isKnownHeader)) return true;
  const firstTypes = first.map(cellType);
  if (firstTypes.some((t) => t === 'number' || t === 'date')) return false;
  const rest = records.slice(1);
  if (rest.length === 0) return firstTypes.every((t) => t === 'text' || t === 'empty');
  // Survey exports put more header rows (question text) under the header: the header is judged against the
  // rows below them. Only rows the extra-header rule itself would skip are passed over: a data row of text
  // (a case that timed out) must not make the row above it a header.
  const data = rest.slice(Math.min(countExtraHeaderRows(rest.slice(0, 50), first), rest.length - 1));
  let evidence = 0;
  for (let c = 0; c < first.length; c++) {
    if (firstTypes[c] !== 'text') continue;
    const column = data.map((r) => r[c] ?? '');
    const below = column.map(cellType).filter((t) => t !== 'empty');
    const values = below.filter((t) => t === 'number' || t === 'date' || t === 'boolean').length;
    // Most, not all, where the first row's text never comes back in its column: a report with more tables below
    // (Google Analytics) repeats other text further down, while a data row's "timeout" recurs as a value.
    const enough = column.includes(first[c]!) ? values === below.length : values >= below.length * 0.8;
    if (below.length > 0 && enough) evidence++;
  }
  if (evidence > 0) return true;
  // All text: a header's names do not recur as values in their own column.
  return first.every((cell, c) => cell !== '' && !rest.some((r) => r[c] === cell));
}

function lineEnding(text: string): LineEnding {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  const cr = text.split('\r').length - 1 - crlf;
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

/** Most comment lines looked for above a table. */
const MAX_COMMENT_LINES = 50;

/**
 * Lines starting with "#" above the table, as Google Analytics writes its report's name, account and dates
 * ("# Start date: 20251211"). A line counts only when "#" is its only cell's start and no other cell has text
 * (Typeform's "#" column header, "#,Question…", is a header, not a comment); a table must follow.
 */
export function leadingCommentLines(text: string): number {
  const lines = text.split('\n', MAX_COMMENT_LINES + 1);
  let n = 0;
  while (n < Math.min(lines.length - 1, MAX_COMMENT_LINES) && /^\uFEFF?#[^,;\t|]*[,;\t|]*\r?$/.test(lines[n]!)) n++;
  return n < lines.length && n <= MAX_COMMENT_LINES ? n : 0;
}
