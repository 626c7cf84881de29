/**
 * The import pipeline: bytes in (pushed, from any source), typed rows out in batches, and a summary that
 * accounts for every record — accepted or rejected with a reason and a line number, never dropped.
 */
import { formatCount, formatDate } from '../format/format';
import { detectCsv, type CsvDetection } from './detect';
import { importFields } from './fields';
import { generatedHeaders, normaliseHeaders, type HeaderNote } from './headers';
import type { ImportKind, RowByKind } from './kinds';
import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_EXAMPLES, MAX_IMPORT_BYTES, SAMPLE_BYTES, formatBytes } from './limits';
import { guessMapping, mappingProblems, resolveMapping, type ColumnMapping } from './mapping';
import { isSummaryRow, sepLineDelimiter } from './line-skips';
import { createCsvStream, isBlankRecord, type CsvStream, type CsvStreamStats, type RecordBatch, type RecordProblem } from './record-stream';
import { createLineBreakCounter } from './line-breaks';
import { readWhole } from './split-rule';
import { ReasonTally, type ReasonGroup, type RejectCode, type Rejection, type WarningCode } from './reasons';
import { resolveSettings } from './resolve';
import { createRowBuilder, newOutcome, type RowBuilder, type RowOutcome, type StageRef } from './row-builders';
import { createSha256, type Sha256 } from './sha256';
import { CsvFailure, csvFail, type CsvResult, type CsvSettings } from './settings';
import { trimCell } from './values';

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

/** Local calendar date as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

export type RecordVerdict = 'ok' | 'extra_empty_cells' | 'reject';

/**
 * Checks a record's shape before its values: quoting problems and a cell count other than the header's
 * reject it (cells are never shifted to fit); extra cells that are all empty (a trailing delimiter) are tolerated.
 */
export function checkRecord(cells: readonly string[], width: number, problem: RecordProblem | undefined, out: RowOutcome): RecordVerdict {
  if (problem === 'unterminated_quote') {
    out.code = problem;
    out.field = null;
    out.message = 'A quoted cell starting on this line is never closed: the rest of the file was read into it';
    return 'reject';
  }
  if (problem === 'text_after_quote') {
    out.code = problem;
    out.field = null;
    out.message = 'A quoted cell is followed by more text before the next delimiter';
    return 'reject';
  }
  if (cells.length === width) return 'ok';
  if (cells.length < width) {
    out.code = 'too_few_cells';
    out.field = null;
    out.message = `The row has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}; the header has ${width}`;
    return 'reject';
  }
  for (let c = width; c < cells.length; c++) {
    if (trimCell(cells[c]) !== '') {
      out.code = 'too_many_cells';
      out.field = null;
      out.message = `The row has ${cells.length} cells; the header has ${width}`;
      return 'reject';
    }
  }
  return 'extra_empty_cells';
}

/** Bytes of a `rest` part's head parsed at a time while its header is not settled. */
const HEAD_SLICE = 64 * 1024;

/** Creates a push-based importer (for a Web Worker, the renderer or Node alike). */
export function createImporter<K extends ImportKind>(options: ImportOptions<K>, callbacks: ImportCallbacks<K>): Importer {
  const kind = options.kind;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxExamples = options.maxExamples ?? DEFAULT_MAX_EXAMPLES;
  const today = options.today ?? localToday();
  const labelOf = (field: string): string => importFields[kind].find((f) => f.id === field)?.label ?? field;
  let rejections = new ReasonTally<RejectCode>(maxExamples, labelOf);
  let warnings = new ReasonTally<WarningCode>(maxExamples, labelOf);
  const hasher: Sha256 | null = options.hash === false ? null : createSha256();
  const { onRow, onRows } = callbacks;

  let failure: CsvResult<never> | null = null;
  let cancelled = false;
  let bytesIn = 0;
  let sample: Uint8Array[] = [];
  let sampleLength = 0;
  let stream: CsvStream | null = null;

  let settings: CsvSettings | null = null;
  let mapping: ColumnMapping | null = null;
  let detection: CsvDetection | null = null;
  let build: RowBuilder<K> | null = null;
  let headers: readonly string[] = [];
  let headerNotes: readonly HeaderNote[] = [];
  let width = 0;
  let headerSeen = false;

  let records = 0;
  let skipped = 0;
  let firstSeen = false;
  let skipTop = 0;
  let skipBottom = 0;
  let extraLeft = 0;
  const held: { readonly cells: readonly string[]; readonly line: number; readonly problem: RecordProblem | undefined }[] = [];
  let rejectedNow: Rejection[] | null = null;
  let accepted = 0;
  let rejected = 0;
  let blankLines = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  let previousDate = '';
  let rows: RowByKind[K][] = [];
  const outcome = newOutcome();
  const part = options.part ?? null;
  // `rest`: before `from`, records only until the first data record (the header is then known).
  let beforeRest = part?.role === 'rest';
  let headDone = false;
  let offset = 0;
  const breaks = part?.role === 'rest' ? createLineBreakCounter() : null;

  if (options.totalBytes !== undefined && options.totalBytes > MAX_IMPORT_BYTES) {
    failure = csvFail('too_large', tooLargeMessage(options.totalBytes));
  }

  function fail(error: unknown): void {
    if (failure) return;
    stream?.cancel();
    if (error instanceof CsvFailure) failure = csvFail(error.reason, error.message, error.details);
    else {
      const detail = error instanceof Error ? error.message : String(error);
      failure = csvFail('internal', `The file could not be read because of an unexpected problem (${detail}).`);
    }
  }

  /** Runs detection on the first bytes, settles settings and mapping, and starts the stream. */
  function start(complete: boolean): void {
    const bytes = concat(sample, sampleLength);
    sample = [];
    // Detection reads at most the sample, however much the first push brought.
    const head = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
    const detected = detectCsv(head, { complete: complete && head === bytes, overrides: options.settings ?? {} });
    if (!detected.ok) throw new CsvFailure(detected.error.reason, detected.error.message);
    detection = detected.value;
    mapping =
      options.mapping ??
      guessMapping(detection.headers, detection.rows, kind, {
        decimalComma: detection.decimalComma,
        ...(detection.headerDetails ? { headerDetails: detection.headerDetails } : {}),
      });
    if (mapping.kind !== kind) throw new CsvFailure('mapping_incomplete', 'The column mapping is for another kind of file.');
    const problems = mappingProblems(mapping, detection.headers);
    if (problems.length > 0) throw new CsvFailure('mapping_incomplete', problems.join(' '), problems);
    const resolved = resolveSettings(detection, mapping, options.settings ?? {});
    if (resolved.questions.length > 0) {
      const messages = resolved.questions.map((q) => q.message);
      throw new CsvFailure('needs_answer', messages.join(' '), messages);
    }
    settings = resolved.settings;
    const whole = part === null ? null : readWhole(settings);
    if (whole !== null) throw new CsvFailure('split_refused', whole);
    skipTop = settings.skipTop ?? 0;
    skipBottom = settings.skipBottom ?? 0;
    extraLeft = settings.hasHeader ? (settings.extraHeaderRows ?? 0) : 0;
    stream = createCsvStream({ encoding: settings.encoding, delimiter: settings.delimiter }, onBatch);
    stream.push(bytes);
  }

  function skip(code: WarningCode, line: number, message: string): void {
    skipped++;
    warnings.add(code, null, line, message, []);
  }

  function onBatch(batch: RecordBatch): void {
    const { records: batchRecords, lines, firstLine, problems } = batch;
    if (beforeRest && headDone) return;
    for (let i = 0; i < batchRecords.length; i++) {
      const cells = batchRecords[i]!;
      if (isBlankRecord(cells)) {
        blankLines++;
        continue;
      }
      const line = lines === null ? firstLine + i : lines[i]!;
      if (line <= skipTop) {
        skip('top_lines_skipped', line, `Line ${line} is above the table (the first ${skipTop} lines are skipped)`);
        continue;
      }
      if (!firstSeen) {
        firstSeen = true;
        if (sepLineDelimiter(cells, settings!.delimiter) !== null) {
          skip('sep_line_skipped', line, `Line ${line} only names the delimiter for Excel (sep=)`);
          continue;
        }
      }
      if (!headerSeen) {
        headerSeen = true;
        if (startColumns(cells, line)) {
          skipped++;
          continue;
        }
      }
      if (extraLeft > 0) {
        extraLeft--;
        skip('header_lines_skipped', line, `Line ${line} is more header (question text or tool ids), not data`);
        continue;
      }
      if (beforeRest) {
        // The first data record: the header is settled. Rows are read from the part's start on.
        headDone = true;
        return;
      }
      if (skipBottom > 0) {
        // The last lines are only known at the end: hold back as many as are to be skipped.
        held.push({ cells: cells.slice(), line, problem: problems?.get(i) });
        if (held.length <= skipBottom) continue;
        const next = held.shift()!;
        dataRecord(next.cells, next.line, next.problem);
        continue;
      }
      dataRecord(cells, line, problems?.get(i));
    }
    if (rejectedNow && callbacks.onRejected) callbacks.onRejected(rejectedNow);
    rejectedNow = null;
    // A `rest` part's header lines are not its progress: its counts start at the cut.
    if (beforeRest) return;
    callbacks.onProgress?.({
      bytes: bytesIn,
      totalBytes: options.totalBytes ?? null,
      records,
      accepted,
      rejected,
    });
  }

  function dataRecord(cells: readonly string[], line: number, problem: RecordProblem | undefined): void {
    if (isSummaryRow(cells)) {
      skip('summary_row_skipped', line, `Line ${line} is a total or summary row (“${trimCell(cells.find((c) => trimCell(c) !== ''))}”)`);
      return;
    }
    records++;
    const verdict = checkRecord(cells, width, problem, outcome);
    const row = verdict === 'reject' ? null : build!(cells, line, outcome);
    if (row === null) {
      rejected++;
      const trimmed = cells.map(trimCell);
      rejections.add(outcome.code, outcome.field, line, outcome.message, trimmed);
      (rejectedNow ??= []).push({ line, code: outcome.code, field: outcome.field, message: outcome.message, cells: trimmed });
      return;
    }
    accepted++;
    if (verdict === 'extra_empty_cells') {
      warnings.add('extra_empty_cells', null, line, () => `The row has ${cells.length} cells; the extra ones are empty`, []);
    }
    if ('date' in row && row.date !== null) {
      const date = row.date;
      // Rows of one day share one date string: compare only when it changes.
      if (date !== previousDate) {
        previousDate = date;
        if (firstDate === null || date < firstDate) firstDate = date;
        if (lastDate === null || date > lastDate) lastDate = date;
      }
      if (outcome.futureDate !== null) {
        warnings.add('future_date', 'date', line, () => `The date ${formatDate(date)} is after today (${formatDate(today)})`, []);
      }
    }
    if (onRow) onRow(row);
    if (onRows) {
      rows.push(row);
      if (rows.length >= batchSize) {
        const full = rows;
        rows = [];
        onRows(full);
      }
    }
  }

  /** Sets up columns from the first record; true when it was the header (not data). */
  function startColumns(cells: readonly string[], line: number): boolean {
    const isHeader = settings!.hasHeader;
    if (isHeader) {
      const normalised = normaliseHeaders(cells.map(trimCell));
      headers = normalised.names;
      headerNotes = normalised.notes;
      width = cells.length;
    } else {
      width = detection!.width;
      headers = generatedHeaders(width);
    }
    const problems = mappingProblems(mapping!, headers);
    if (problems.length > 0) throw new CsvFailure('mapping_incomplete', problems.join(' '), problems);
    build = createRowBuilder({
      kind,
      settings: settings!,
      columns: resolveMapping(mapping!, headers),
      latencyUnit: mapping!.latencyUnit,
      stages: options.stages ?? null,
      today,
      copyStrings: options.copyStrings ?? false,
      reuseRow: onRows === undefined,
    });
    for (const note of headerNotes) warnings.add('header_renamed', null, line, note.message, []);
    return isHeader;
  }

  function pushBytes(bytes: Uint8Array): void {
    bytesIn += bytes.length;
    if (bytesIn > MAX_IMPORT_BYTES) throw new CsvFailure('too_large', tooLargeMessage(bytesIn));
    hasher?.update(bytes);
    if (stream) {
      stream.push(bytes);
      return;
    }
    sample.push(bytes);
    sampleLength += bytes.length;
    if (sampleLength >= SAMPLE_BYTES) start(false);
  }

  /** `rest`: bytes before `from` settle the header and count lines; the rows start at `from` (see `ImportPart`). */
  function pushPart(bytes: Uint8Array, from: number): void {
    if (!beforeRest) {
      pushBytes(bytes);
      return;
    }
    const cut = Math.min(bytes.length, from - offset);
    const head = bytes.subarray(0, cut);
    breaks!.add(head);
    // Parsed only up to the first data record, a slice at a time (the first part may come as one chunk).
    for (let at = 0; at < head.length && !headDone; at += HEAD_SLICE) pushBytes(head.subarray(at, at + HEAD_SLICE));
    offset += cut;
    if (offset === from) beginRest(head);
    if (cut < bytes.length) pushPart(bytes.subarray(cut), from);
  }

  /** At `from`: the header must be settled and `from` must follow a line break; rows are then counted afresh. */
  function beginRest(head: Uint8Array): void {
    beforeRest = false;
    if (!headDone || !stream || !breaks!.endsWithLineFeed || head.length === 0) {
      throw new CsvFailure('split_refused', 'The header is not settled before the second part, or the part does not start a line.');
    }
    stream.cancel();
    stream = createCsvStream({ encoding: settings!.encoding, delimiter: settings!.delimiter, firstLine: breaks!.count + 1 }, onBatch);
    records = skipped = accepted = rejected = blankLines = 0;
    rejections = new ReasonTally<RejectCode>(maxExamples, labelOf);
    warnings = new ReasonTally<WarningCode>(maxExamples, labelOf);
    firstDate = lastDate = null;
    previousDate = '';
    rejectedNow = null;
    bytesIn = 0;
  }

  function partInfo(): ImportPartInfo {
    return { stream: stream!.stats, headerSeen, hasHeader: settings!.hasHeader };
  }

  function finish(): ImportSummary {
    if (part !== null) return finishPart();
    if (!stream) start(true);
    stream!.end();
    for (const { line } of held) skip('bottom_lines_skipped', line, `Line ${line} is one of the last ${skipBottom} lines, which are skipped`);
    held.length = 0;
    flushRows();
    if (records === 0) {
      throw new CsvFailure(
        headerSeen && settings!.hasHeader ? 'no_data' : 'empty',
        headerSeen && settings!.hasHeader ? 'The file has a header row but no data rows.' : 'The file has no data rows.',
      );
    }
    addStreamWarnings(warnings, stream!.stats);
    return summaryNow(true);
  }

  /** A part's summary: no "no data" check and no stream warnings (the merge adds them for the whole file). */
  function finishPart(): ImportSummary {
    if (beforeRest || !stream) throw new CsvFailure('split_refused', 'The part ended before its rows began.');
    if (part!.role === 'first' && !stream.endPart()) {
      throw new CsvFailure('split_refused', 'The first part does not end on a whole record.');
    }
    if (part!.role === 'rest') stream.end();
    flushRows();
    return { ...summaryNow(false), part: partInfo() };
  }

  function flushRows(): void {
    if (rows.length === 0) return;
    const last = rows;
    rows = [];
    onRows?.(last);
  }

  /** `sorted`: reasons largest first (a whole file's); a part's stay in the order first seen, for the merge. */
  function summaryNow(sorted: boolean): ImportSummary {
    return {
      kind,
      settings: { ...settings!, encoding: stream!.stats.encoding },
      mapping: mapping!,
      headers,
      headerNotes,
      bytes: bytesIn,
      sha256: hasher ? hasher.digestHex() : '',
      records,
      accepted,
      rejected,
      blankLines,
      skipped,
      rejections: rejections.toArray(sorted),
      warnings: warnings.toArray(sorted),
      dateRange: firstDate !== null && lastDate !== null ? { first: firstDate, last: lastDate } : null,
    };
  }

  return {
    push(bytes: Uint8Array): void {
      if (failure || cancelled) return;
      try {
        if (part?.role === 'rest') pushPart(bytes, part.from);
        else pushBytes(bytes);
      } catch (error) {
        fail(error);
      }
    },
    end(): CsvResult<ImportSummary> {
      if (cancelled) return csvFail('cancelled', 'The import was cancelled; nothing was imported.');
      if (failure) return failure;
      try {
        return { ok: true, value: finish() };
      } catch (error) {
        fail(error);
        return failure!;
      }
    },
    cancel(): void {
      cancelled = true;
      stream?.cancel();
    },
    get stopped(): boolean {
      return cancelled || failure !== null;
    },
  };
}

/** What the reading itself noticed (NUL characters, undecodable bytes, a switch of encoding), for the whole file. */
export function addStreamWarnings(warnings: ReasonTally<WarningCode>, stats: Pick<CsvStreamStats, 'nulsRemoved' | 'replaced' | 'switchedAt' | 'encoding'>): void {
  if (stats.nulsRemoved > 0) {
    warnings.add('nul_removed', null, 0, `${stats.nulsRemoved} invisible NUL characters were removed from the file.`, [], stats.nulsRemoved);
  }
  if (stats.replaced > 0) {
    warnings.add(
      'undecodable_characters',
      null,
      0,
      `${stats.replaced} characters could not be read in ${stats.encoding} and show as "\uFFFD".`,
      [],
      stats.replaced,
    );
  }
  if (stats.switchedAt !== null) {
    warnings.add(
      'encoding_switched',
      null,
      0,
      `The file is plain ASCII up to byte ${formatCount(stats.switchedAt)} and Windows-1252 after it; it was read as Windows-1252.`,
      [],
    );
  }
}

/** Why a file above `MAX_IMPORT_BYTES` is refused, and what to do. */
export function tooLargeMessage(size: number): string {
  return (
    `This file is ${formatBytes(size)}, more than the ${formatBytes(MAX_IMPORT_BYTES)} one import can take. ` +
    'Split it into smaller files (for example one per quarter).'
  );
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
