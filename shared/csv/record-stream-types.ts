/** The record reader's contract (`record-stream.ts`): what it is given, what it hands on. */
import type { CsvDelimiter, CsvEncoding } from './settings';

/** What papaparse noticed about a record's quoting. */
export type RecordProblem = 'unterminated_quote' | 'text_after_quote';

/** Records as parsed, in order; cells are untrimmed and blank lines are included (as `['']`). */
export interface RecordBatch {
  readonly records: readonly (readonly string[])[];
  /** 1-based line where `records[0]` starts. */
  readonly firstLine: number;
  /**
   * `lines[i]` is the line where `records[i]` starts, when quoted line breaks make it differ from
   * `firstLine + i`; null when the chunk had none (the usual case, which then costs no array). Use `lineOf`.
   */
  readonly lines: readonly number[] | null;
  /** Quoting problems by index into `records`; null when there are none (the usual case). */
  readonly problems: ReadonlyMap<number, RecordProblem> | null;
}

export interface CsvStreamOptions {
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  /** Decoded characters collected before papaparse parses them (default `PARSE_CHUNK`, 64 Ki). */
  readonly chunkChars?: number;
  readonly maxRecordChars?: number;
  /**
   * The line the first byte pushed is on, for a stream that starts partway through a file
   * (`split-import.ts`): its first bytes are then not the file's start (no byte-order mark to drop).
   */
  readonly firstLine?: number;
}

/** Push-based CSV reader: the same code runs in a Web Worker, the Electron renderer and Node. */
export interface CsvStream {
  /** Adds bytes; may call `onRecords` synchronously. Throws `CsvFailure` only for a line of many megabytes. */
  push(bytes: Uint8Array): void;
  /** Parses what is left, including a last line without a line break. */
  end(): void;
  /**
   * Ends a stream fed only part of a file: parses what is left as if more followed, and says whether
   * every character was read into whole records (the next part then starts a record of its own).
   */
  endPart(): boolean;
  /** Stops: later pushes are ignored and `onRecords` is not called again. */
  cancel(): void;
  readonly stats: CsvStreamStats;
}

export interface CsvStreamStats {
  readonly bytes: number;
  readonly encoding: CsvEncoding;
  /** Characters that could not be decoded (shown as U+FFFD). */
  readonly replaced: number;
  readonly switchedAt: number | null;
  readonly nulsRemoved: number;
  readonly cancelled: boolean;
}
