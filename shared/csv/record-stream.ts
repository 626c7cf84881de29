import Papa from 'papaparse';
import { createStreamDecoder } from './decode';
import { MAX_RECORD_CHARS, PARSE_CHUNK } from './limits';
import { parsePlainChunk } from './plain-chunk';
import { startLines } from './record-lines';
import { CsvFailure } from './settings';

import type { CsvStream, CsvStreamOptions, CsvStreamStats, RecordBatch, RecordProblem } from './record-stream-types';

export type { CsvStream, CsvStreamOptions, CsvStreamStats, RecordBatch, RecordProblem } from './record-stream-types';

/** Minimal typing of papaparse's internal chunk parser (its d.ts says `any`). */
interface ChunkResult {
  readonly data: string[][];
  readonly errors: readonly PapaError[];
  readonly meta: { readonly cursor: number };
}

interface PapaError {
  readonly code: string;
  readonly row?: number;
  /** Offset just after the opening quote of the field the error is about. */
  readonly index?: number;
}

interface PapaChunkParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): ChunkResult;
  abort(): void;
}

interface BrokenRecord {
  readonly row: number;
  /** Offset from which the end of the broken line is searched. */
  readonly from: number;
  readonly problem: RecordProblem;
}

/** The first record papaparse reports a quoting error for, or null. */
function firstBrokenRecord(errors: readonly PapaError[]): BrokenRecord | null {
  let best: PapaError | null = null;
  for (const error of errors) {
    if (error.row === undefined || error.index === undefined) continue;
    const earlier = best === null || error.row < best.row!;
    const sameRowBetter = best !== null && error.row === best.row && error.code === 'InvalidQuotes' && best.code !== 'InvalidQuotes';
    if (earlier || sameRowBetter) best = error;
  }
  if (best === null) return null;
  return { row: best.row!, from: best.index!, problem: best.code === 'InvalidQuotes' ? 'text_after_quote' : 'unterminated_quote' };
}

/** Bytes decoded at a time, so a caller that pushes a whole file (or a megabyte) at once still streams in small chunks. */
const BYTE_SLICE = PARSE_CHUNK;

/**
 * Creates a push-based CSV stream, the way papaparse's own ChunkStreamer works: text is parsed with
 * `ignoreLastRow` so the unfinished last record stays in a tail that is parsed again with the next
 * chunk; a quoted line break split between two chunks therefore survives.
 *
 * Line breaks: papaparse takes one newline string, so `\n` is used; `\r\n` leaves a `\r` on the last
 * cell, which trimming removes, and a lone `\r` (old Mac files, mixed files) is turned into `\n`
 * before parsing, also inside quotes. NUL characters are removed and counted.
 */
export function createCsvStream(options: CsvStreamOptions, onRecords: (batch: RecordBatch) => void): CsvStream {
  const decoder = createStreamDecoder(options.encoding, options.firstLine !== undefined);
  const parser = new Papa.Parser({ delimiter: options.delimiter, newline: '\n', quoteChar: '"' }) as unknown as PapaChunkParser;
  const chunkChars = options.chunkChars ?? PARSE_CHUNK;
  const maxRecordChars = options.maxRecordChars ?? MAX_RECORD_CHARS;

  let pending: string[] = [];
  let pendingLength = 0;
  let tail = '';
  let crHeld = false;
  let nextLine = options.firstLine ?? 1;
  let bytes = 0;
  let nulsRemoved = 0;
  let cancelled = false;
  let ended = false;

  function addText(decoded: string, final: boolean): void {
    let text = decoded;
    if (text.length === 0 && !final) return; // e.g. half a UTF-16 code unit: nothing to decide yet
    if (crHeld) {
      text = (text.charCodeAt(0) === 10 ? '\r' : '\n') + text;
      crHeld = false;
    }
    if (text.indexOf('\r') !== -1) {
      if (!final && text.charCodeAt(text.length - 1) === 13) {
        // Whether this \r is half of \r\n is only known with the next chunk.
        text = text.slice(0, -1);
        crHeld = true;
      }
      if (hasLoneCr(text)) text = text.replace(/\r(?!\n)/g, '\n');
    }
    // Searching the decoded text is a native scan (several times faster than `Uint8Array#indexOf` on the bytes).
    if (text.indexOf('\0') !== -1) {
      const before = text.length;
      text = text.replaceAll('\0', '');
      nulsRemoved += before - text.length;
    }
    if (text.length > 0) {
      pending.push(text);
      pendingLength += text.length;
    }
  }

  /** Hands records to the consumer with the line each starts on; `end` is where the consumed text stops. */
  function emit(text: string, end: number, records: string[][], problems: Map<number, RecordProblem> | null): void {
    const n = records.length;
    if (n === 0) return;
    const firstLine = nextLine;
    const { lines, next } = startLines(text, end, records, firstLine);
    nextLine = next;
    onRecords({ records, firstLine, lines, problems });
  }

  /** Offset in `text` where record `row` starts: found by parsing again row by row (only after a quoting error). */
  function recordStart(text: string, row: number): number {
    if (row === 0) return 0;
    let count = 0;
    let cursor = 0;
    const stepper: PapaChunkParser = new Papa.Parser({
      delimiter: options.delimiter,
      newline: '\n',
      quoteChar: '"',
      step: (step: { meta: { cursor: number } }) => {
        if (++count === row) {
          cursor = step.meta.cursor;
          stepper.abort();
        }
      },
    } as Papa.ParseConfig) as unknown as PapaChunkParser;
    stepper.parse(text, 0, true);
    return cursor;
  }

  /**
   * Parses the collected text. A stray quote would make papaparse read on to the next quote mark, possibly
   * the end of the file, into one cell; instead the broken record is cut at the end of the line where the
   * quoting went wrong, reported, and parsing resumes on the next line, so one bad line costs one row.
   */
  function parse(final: boolean): void {
    // One pending piece is the usual case: joining a one-element array would copy it for nothing.
    const body = pending.length === 1 ? pending[0]! : pending.join('');
    let text = tail === '' ? body : tail + body;
    pending = [];
    pendingLength = 0;
    // The usual file: one pass that also knows the lines. Papaparse below only for what it declines.
    const plain = parsePlainChunk(text, final, options.delimiter, nextLine);
    if (plain !== null && (final || text.length - plain.cursor <= maxRecordChars)) {
      if (plain.records.length > 0) onRecords({ records: plain.records, firstLine: nextLine, lines: plain.lines, problems: null });
      nextLine = plain.nextLine;
      tail = final ? '' : text.substring(plain.cursor);
      return;
    }
    for (;;) {
      const result = parser.parse(text, 0, !final);
      const records = result.data;
      let broken = firstBrokenRecord(result.errors);
      let start = -1;
      if (broken === null) {
        const consumed = final ? text.length : result.meta.cursor;
        if (final || text.length - consumed <= maxRecordChars) {
          // A final line break is not followed by an empty last line.
          if (final && text.charCodeAt(text.length - 1) === 10 && isEmptyRecord(records[records.length - 1])) records.pop();
          emit(text, consumed, records, null);
          tail = final ? '' : text.substring(consumed);
          return;
        }
        // The unfinished record is longer than any real one: a quote opened and never closed.
        start = consumed;
        const quote = text.indexOf('"', consumed);
        broken = { row: records.length, from: quote === -1 ? consumed : quote + 1, problem: 'unterminated_quote' };
      }
      if (start === -1) start = broken.row >= records.length ? result.meta.cursor : recordStart(text, broken.row);
      let from = broken.from;
      if (broken.problem === 'text_after_quote') {
        // The line to cut is the one holding the quote that closes the field too early ("" is an escaped quote).
        let quote = text.indexOf('"', from);
        while (quote !== -1 && text.charCodeAt(quote + 1) === 34) quote = text.indexOf('"', quote + 2);
        if (quote !== -1) from = quote;
      }
      const lineEnd = text.indexOf('\n', from);
      if (lineEnd === -1 && !final) {
        if (text.length - start > maxRecordChars) {
          throw new CsvFailure('line_too_long', `Line ${nextLine} is longer than ${Math.round(maxRecordChars / 1e6)} million characters; this does not look like a CSV file.`);
        }
        emit(text, start, records.slice(0, broken.row), null);
        tail = text.substring(start);
        return;
      }
      const stop = lineEnd === -1 ? text.length : lineEnd + 1;
      const good = records.slice(0, broken.row);
      good.push(text.substring(start, lineEnd === -1 ? stop : lineEnd).split(options.delimiter));
      emit(text, stop, good, new Map([[broken.row, broken.problem]]));
      text = text.substring(stop);
      if (text.length === 0) {
        tail = '';
        return;
      }
    }
  }

  function pushSlice(slice: Uint8Array): void {
    addText(decoder.decode(slice), false);
    if (pendingLength >= chunkChars && pendingLength >= tail.length) parse(false);
  }

  return {
    push(chunk: Uint8Array): void {
      if (cancelled || ended) return;
      bytes += chunk.length;
      if (chunk.length <= BYTE_SLICE) pushSlice(chunk);
      else for (let i = 0; i < chunk.length && !cancelled; i += BYTE_SLICE) pushSlice(chunk.subarray(i, i + BYTE_SLICE));
    },
    end(): void {
      if (cancelled || ended) return;
      ended = true;
      addText(decoder.end(), true);
      parse(true);
    },
    endPart(): boolean {
      if (cancelled || ended) return false;
      ended = true;
      const rest = decoder.end();
      if (rest.length > 0) addText(rest, false);
      parse(false);
      return !crHeld && tail === '' && pending.length === 0;
    },
    cancel(): void {
      cancelled = true;
      pending = [];
      tail = '';
    },
    get stats(): CsvStreamStats {
      return {
        bytes,
        encoding: decoder.encoding,
        replaced: decoder.replaced,
        switchedAt: decoder.switchedAt,
        nulsRemoved,
        cancelled,
      };
    },
  };
}

function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}

function isEmptyRecord(record: readonly string[] | undefined): boolean {
  return record !== undefined && record.length === 1 && record[0] === '';
}
