/**
 * The import pipeline's contract (`createImporter` in importer.ts): what it is asked to do, where its
 * rows go, and the summary that accounts for every record of the file.
 */
import type { HeaderNote } from './headers';
import type { ImportKind, RowByKind } from './kinds';
import type { ColumnMapping } from './mapping';
import type { ReasonGroup, RejectCode, Rejection, WarningCode } from './reasons';
import type { CsvStreamStats } from './record-stream';
import type { StageRef } from './row-builders';
import type { CsvResult, CsvSettings } from './settings';

export interface ImportOptions<K extends ImportKind = ImportKind> {
  readonly kind: K;
  /** Settings from the preview (and the user's answers); anything missing is detected from the first 64 KB. */
  readonly settings?: Partial<CsvSettings>;
  /** Column mapping from the preview; guessed when missing. */
  readonly mapping?: ColumnMapping;
  /** The plan's stages: stage cells must name one of them (see `RowContext.stages`). */
  readonly stages?: readonly StageRef[];
  /** `YYYY-MM-DD`; dates after it are flagged. Defaults to the local date. */
  readonly today?: string;
  /** File size when known: an oversized file is refused before a byte is read. */
  readonly totalBytes?: number;
  readonly batchSize?: number;
  /** Examples kept per reason (the counts are always complete). */
  readonly maxExamples?: number;
  /** Hash the bytes (default true). Off only for callers that hash elsewhere. */
  readonly hash?: boolean;
  /**
   * Copy every text value out of the parsed text (default false). Row strings may otherwise share memory
   * with the 64 K-character chunk they were read from: fine for a sink that extracts what it needs and drops the row
   * (as shared/metrics does), but a sink that keeps row objects should set this.
   */
  readonly copyStrings?: boolean;
  /** Read only part of the file, for a second thread (`split-import.ts`); absent: the whole file. */
  readonly part?: ImportPart;
}

/**
 * `first`: the bytes before a line break near the middle; the import must end on a whole record.
 * `rest`: every byte of the file is pushed, but those before `from` only settle the header and number
 * the lines; rows are read from `from` on. Either refuses (`split_refused`) when it cannot be sure its
 * rows are the ones a whole-file import would read at those lines.
 */
export type ImportPart = { readonly role: 'first' } | { readonly role: 'rest'; readonly from: number };

/** What a part adds to its summary for the merge (`split-import.ts`). */
export interface ImportPartInfo {
  readonly stream: CsvStreamStats;
  /** The header (or first record) was read, and whether the file has a header row. */
  readonly headerSeen: boolean;
  readonly hasHeader: boolean;
}

export interface ImportProgress {
  readonly bytes: number;
  readonly totalBytes: number | null;
  readonly records: number;
  readonly accepted: number;
  readonly rejected: number;
}

/**
 * Where accepted rows go: `onRows`, `onRow`, or both. On failure or cancel, discard what was received.
 * (The columns builder's `append` fits `onRow`; `appendBatch` fits `onRows`.)
 */
export interface ImportCallbacks<K extends ImportKind = ImportKind> {
  /**
   * Accepted rows, in file order, in batches. Keep what you need from a row rather than the row
   * (see `ImportOptions.copyStrings`).
   */
  readonly onRows?: (rows: RowByKind[K][]) => void;
  /**
   * Each accepted row, in file order, as soon as it is read. Without `onRows` the importer passes the
   * same object every time, overwritten by the next row: read what you need during the call and keep
   * nothing (a million rows then cost no allocation and no garbage collection). With `onRows` too,
   * every row is a new object.
   */
  readonly onRow?: (row: RowByKind[K]) => void;
  /** Every rejected record (for the rejected-rows download), in batches. */
  readonly onRejected?: (rejections: readonly Rejection[]) => void;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSummary {
  readonly kind: ImportKind;
  /** The settings the file was read with (the encoding as finally used). */
  readonly settings: CsvSettings;
  readonly mapping: ColumnMapping;
  readonly headers: readonly string[];
  readonly headerNotes: readonly HeaderNote[];
  readonly bytes: number;
  /** SHA-256 of the raw bytes, lowercase hex; '' when hashing was turned off. */
  readonly sha256: string;
  /** Data records (header, blank and skipped lines excluded) = accepted + rejected. */
  readonly records: number;
  /**
   * Lines read but not data: the header, Excel's `sep=` line, extra header rows, totals rows, lines skipped
   * at the top and bottom. accepted + rejected + blankLines + skipped = every record of the file.
   */
  readonly skipped: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly blankLines: number;
  readonly rejections: readonly ReasonGroup<RejectCode>[];
  readonly warnings: readonly ReasonGroup<WarningCode>[];
  /** First and last date among accepted rows, or null. */
  readonly dateRange: { readonly first: string; readonly last: string } | null;
  /** Only on a part's summary: its reasons are then in the order first seen, and the stream's own warnings are left to the merge. */
  readonly part?: ImportPartInfo;
}

export interface Importer {
  /** Feeds bytes. Never throws: a failure is kept and returned by `end()`. */
  push(bytes: Uint8Array): void;
  /** Finishes and returns the summary, or why the file could not be imported. */
  end(): CsvResult<ImportSummary>;
  /** Stops; `end()` then reports the cancellation. */
  cancel(): void;
  /** True once the import has failed or was cancelled: further pushes are ignored. */
  readonly stopped: boolean;
}
