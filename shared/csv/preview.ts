/** The import screen's first look at a file: detected settings, proposed kind and mapping, questions, parsed rows. */
import { detectCsv, type CsvDetection } from './detect';
import type { HeaderNote } from './headers';
import { checkRecord, localToday, tooLargeMessage } from './importer';
import type { ImportKind, RowByKind } from './kinds';
import { MAX_IMPORT_BYTES, PREVIEW_ROWS, SAMPLE_BYTES } from './limits';
import { guessMapping, mappingProblems, resolveMapping, suggestKind, type ColumnMapping, type KindSuggestion } from './mapping';
import type { RejectCode } from './reasons';
import { resolveSettings, type SettingQuestion } from './resolve';
import { createRowBuilder, newOutcome, type StageRef } from './row-builders';
import { csvFail, type CsvResult, type CsvSettings } from './settings';

export interface PreviewOptions {
  /** The kind the user chose; suggested from the headers when missing. */
  readonly kind?: ImportKind;
  /** The mapping as the user edited it; guessed when missing. */
  readonly mapping?: ColumnMapping;
  /** A mapping remembered for this plan, preferred when guessing. */
  readonly remembered?: ColumnMapping | null;
  /** The user's choices and answers (delimiter, header, date format, …). */
  readonly settings?: Partial<CsvSettings>;
  readonly stages?: readonly StageRef[];
  readonly today?: string;
  /** Size of the whole file, to refuse an oversized one and to know whether the sample is all of it. */
  readonly totalBytes?: number;
  readonly rows?: number;
}

export interface PreviewRow<K extends ImportKind = ImportKind> {
  readonly line: number;
  /** Trimmed cells as in the file. */
  readonly cells: readonly string[];
  /** The typed row the import would store, or null (rejected, or the preview is not ready). */
  readonly row: RowByKind[K] | null;
  readonly rejection: { readonly code: RejectCode; readonly field: string | null; readonly message: string } | null;
}

export interface CsvPreview {
  readonly detection: CsvDetection;
  /** Settings to pass to `runImport` once `ready`. */
  readonly settings: CsvSettings;
  readonly questions: readonly SettingQuestion[];
  readonly kind: ImportKind;
  readonly kindSuggestion: KindSuggestion;
  readonly mapping: ColumnMapping;
  readonly mappingProblems: readonly string[];
  readonly headers: readonly string[];
  readonly headerNotes: readonly HeaderNote[];
  readonly rows: readonly PreviewRow[];
  /** No open question and a complete mapping: the import can run. */
  readonly ready: boolean;
}

/**
 * Reads the first bytes of a file (up to 64 KB; pass `totalBytes` so the last line of a small file counts)
 * and returns everything the import screen shows before importing. Call again with the user's changes.
 */
export function previewCsv(sample: Uint8Array, options: PreviewOptions = {}): CsvResult<CsvPreview> {
  if (options.totalBytes !== undefined && options.totalBytes > MAX_IMPORT_BYTES) {
    return csvFail('too_large', tooLargeMessage(options.totalBytes));
  }
  const bytes = sample.length > SAMPLE_BYTES ? sample.subarray(0, SAMPLE_BYTES) : sample;
  const complete = options.totalBytes !== undefined ? bytes.length >= options.totalBytes : sample.length <= SAMPLE_BYTES;
  const detected = detectCsv(bytes, { complete, overrides: options.settings ?? {} });
  if (!detected.ok) return detected;
  const detection = detected.value;

  const kindSuggestion = suggestKind(detection.hasHeader ? detection.headers : []);
  const kind = options.kind ?? options.mapping?.kind ?? kindSuggestion.kind;
  const mapping =
    options.mapping && options.mapping.kind === kind
      ? options.mapping
      : guessMapping(detection.headers, detection.rows, kind, {
          remembered: options.remembered ?? null,
          decimalComma: detection.decimalComma,
        });
  const problems = mappingProblems(mapping, detection.headers);
  const { settings, questions } = resolveSettings(detection, mapping, options.settings ?? {});
  const ready = problems.length === 0 && questions.length === 0;

  const count = options.rows ?? PREVIEW_ROWS;
  const build = ready
    ? createRowBuilder({
        kind,
        settings,
        columns: resolveMapping(mapping, detection.headers),
        latencyUnit: mapping.latencyUnit,
        stages: options.stages ?? null,
        today: options.today ?? localToday(),
        copyStrings: true,
      })
    : null;
  const outcome = newOutcome();
  const rows: PreviewRow[] = detection.rows.slice(0, count).map((cells, i) => {
    const line = detection.lines[i]!;
    if (!build) return { line, cells, row: null, rejection: null };
    const verdict = checkRecord(cells, detection.width, detection.problems.get(i), outcome);
    const row = verdict === 'reject' ? null : build(cells, line, outcome);
    return {
      line,
      cells,
      row,
      rejection: row === null ? { code: outcome.code, field: outcome.field, message: outcome.message } : null,
    };
  });

  return {
    ok: true,
    value: {
      detection,
      settings,
      questions,
      kind,
      kindSuggestion,
      mapping,
      mappingProblems: problems,
      headers: detection.headers,
      headerNotes: detection.headerNotes,
      rows,
      ready,
    },
  };
}
