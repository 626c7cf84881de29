/**
 * The import pipeline: bytes in (pushed, from any source), typed rows out in batches, and a summary that
 * accounts for every record — accepted or rejected with a reason and a line number, never dropped.
 * Its contract is in import-types.ts; how it starts, in import-setup.ts.
 */
import { formatDate } from '../format/format';
import { importFields } from './fields';
import { ImportCounts } from './import-counts';
import { addNoValueWarnings, addStreamWarnings, localToday, noDataMessage, tooLargeMessage } from './import-notes';
import { NoValueCells } from './no-value';
import { setUpColumns, settleImport, type ImportSetup } from './import-setup';
import type { ImportCallbacks, Importer, ImportOptions, ImportPartInfo, ImportSummary } from './import-types';
import type { ImportKind, RowByKind } from './kinds';
import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_EXAMPLES, MAX_IMPORT_BYTES, SAMPLE_BYTES } from './limits';
import { isSummaryRow, sepLineDelimiter } from './line-skips';
import { createLineBreakCounter } from './line-breaks';
import { joinBytes } from './join-bytes';
import { isBlankRecord } from './record-lines';
import { createCsvStream, type CsvStream, type RecordBatch, type RecordProblem } from './record-stream';
import { checkRecord } from './record-check';
import type { Rejection } from './reasons';
import { newOutcome, type RowBuilder, type RowOutcome } from './row-builders';
import { createSha256, type Sha256 } from './sha256';
import { CsvFailure, csvFail, type CsvResult } from './settings';
import { trimCell } from './values';

/** Bytes of a `rest` part's head parsed at a time while its header is not settled. */
const HEAD_SLICE = 64 * 1024;

/** Creates a push-based importer (for a Web Worker, the renderer or Node alike). */
export function createImporter<K extends ImportKind>(options: ImportOptions<K>, callbacks: ImportCallbacks<K>): Importer {
  const kind = options.kind;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxExamples = options.maxExamples ?? DEFAULT_MAX_EXAMPLES;
  const today = options.today ?? localToday();
  const labelOf = (field: string): string => importFields[kind].find((f) => f.id === field)?.label ?? field;
  let counts = new ImportCounts(maxExamples, labelOf);
  // Rows whose group or stage is a tool's no-value word: counted by the row reader, said once in the summary.
  const noValues = new NoValueCells();
  const hasher: Sha256 | null = options.hash === false ? null : createSha256();
  const { onRow, onRows } = callbacks;

  let failure: CsvResult<never> | null = null;
  let cancelled = false;
  let bytesIn = 0;
  let sample: Uint8Array[] = [];
  let sampleLength = 0;
  let stream: CsvStream | null = null;

  let setup: ImportSetup | null = null;
  let build: RowBuilder<K> | null = null;
  let headers: readonly string[] = [];
  let headerNotes: ImportSummary['headerNotes'] = [];
  let width = 0;
  let headerSeen = false;

  let firstSeen = false;
  let skipTop = 0;
  let skipBottom = 0;
  let extraLeft = 0;
  const held: { readonly cells: readonly string[]; readonly line: number; readonly problem: RecordProblem | undefined }[] = [];
  let rejectedNow: Rejection[] | null = null;
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
    const bytes = joinBytes(sample);
    sample = [];
    setup = settleImport(kind, bytes, complete, options);
    const { settings } = setup;
    skipTop = settings.skipTop ?? 0;
    skipBottom = settings.skipBottom ?? 0;
    extraLeft = settings.hasHeader ? (settings.extraHeaderRows ?? 0) : 0;
    stream = createCsvStream({ encoding: settings.encoding, delimiter: settings.delimiter }, onBatch);
    stream.push(bytes);
  }

  function onBatch(batch: RecordBatch): void {
    const { records: batchRecords, lines, firstLine, problems } = batch;
    if (beforeRest && headDone) return;
    for (let i = 0; i < batchRecords.length; i++) {
      const cells = batchRecords[i]!;
      if (isBlankRecord(cells)) {
        counts.blankLines++;
        continue;
      }
      const line = lines === null ? firstLine + i : lines[i]!;
      if (line <= skipTop) {
        counts.skip('top_lines_skipped', line, `Line ${line} is above the table (the first ${skipTop} lines are skipped)`);
        continue;
      }
      if (!firstSeen) {
        firstSeen = true;
        if (sepLineDelimiter(cells, setup!.settings.delimiter) !== null) {
          counts.skip('sep_line_skipped', line, `Line ${line} only names the delimiter for Excel (sep=)`);
          continue;
        }
      }
      if (!headerSeen) {
        headerSeen = true;
        if (startColumns(cells, line)) {
          counts.skipped++;
          continue;
        }
      }
      if (extraLeft > 0) {
        extraLeft--;
        counts.skip('header_lines_skipped', line, `Line ${line} is more header (question text or tool ids), not data`);
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
    const { records, accepted, rejected } = counts;
    callbacks.onProgress?.({ bytes: bytesIn, totalBytes: options.totalBytes ?? null, records, accepted, rejected });
  }

  function dataRecord(cells: readonly string[], line: number, problem: RecordProblem | undefined): void {
    if (isSummaryRow(cells)) {
      counts.skip('summary_row_skipped', line, `Line ${line} is a total or summary row (“${trimCell(cells.find((c) => trimCell(c) !== ''))}”)`);
      return;
    }
    counts.records++;
    outcome.note = null;
    const verdict = checkRecord(cells, width, problem, outcome);
    const row = verdict === 'reject' ? null : build!(cells, line, outcome);
    if (row === null) {
      counts.rejected++;
      const trimmed = cells.map(trimCell);
      counts.rejections.add(outcome.code, outcome.field, line, outcome.message, trimmed);
      (rejectedNow ??= []).push({ line, code: outcome.code, field: outcome.field, message: outcome.message, cells: trimmed });
      return;
    }
    counts.accepted++;
    // Read through the wider type: the builder may have set the note cleared above.
    const { note } = outcome as RowOutcome;
    if (note !== null) {
      counts.warnings.add(note.code, note.field, line, note.message, []);
      if (note.also !== undefined) counts.warnings.add(note.also.code, note.also.field, line, note.also.message, []);
    }
    if (verdict === 'extra_empty_cells') {
      counts.warnings.add('extra_empty_cells', null, line, () => `The row has ${cells.length} cells; the extra ones are empty`, []);
    }
    if ('date' in row && row.date !== null) {
      const date = row.date;
      counts.noteDate(date);
      if (outcome.futureDate !== null) {
        counts.warnings.add('future_date', 'date', line, () => `The date ${formatDate(date)} is after today (${formatDate(today)})`, []);
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
    const reuseRow = onRows === undefined;
    const columns = setUpColumns(cells, setup!, { kind, stages: options.stages ?? null, today, copyStrings: options.copyStrings ?? false, reuseRow, noValues });
    ({ headers, headerNotes, width, build } = columns);
    for (const note of headerNotes) counts.warnings.add('header_renamed', null, line, note.message, []);
    return setup!.settings.hasHeader;
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
    const { encoding, delimiter } = setup!.settings;
    stream = createCsvStream({ encoding, delimiter, firstLine: breaks!.count + 1 }, onBatch);
    counts = new ImportCounts(maxExamples, labelOf);
    rejectedNow = null;
    bytesIn = 0;
  }

  function partInfo(): ImportPartInfo {
    return { stream: stream!.stats, headerSeen, hasHeader: setup!.settings.hasHeader };
  }

  function finish(): ImportSummary {
    if (part !== null) return finishPart();
    if (!stream) start(true);
    stream!.end();
    for (const { line } of held) counts.skip('bottom_lines_skipped', line, `Line ${line} is one of the last ${skipBottom} lines, which are skipped`);
    held.length = 0;
    flushRows();
    if (counts.records === 0) {
      const headerOnly = headerSeen && setup!.settings.hasHeader;
      throw new CsvFailure(headerOnly ? 'no_data' : 'empty', noDataMessage(headerOnly));
    }
    addStreamWarnings(counts.warnings, stream!.stats);
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
    const { settings, mapping } = setup!;
    // Each part counts its own rows (the merge adds the counts); called once, at the end.
    addNoValueWarnings(counts.warnings, noValues);
    return {
      kind,
      settings: { ...settings, encoding: stream!.stats.encoding },
      mapping,
      headers,
      headerNotes,
      bytes: bytesIn,
      sha256: hasher ? hasher.digestHex() : '',
      ...counts.summary(sorted),
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
