/** The import screen's first look at a file: detected settings, proposed kind and mapping, questions, parsed rows. */
import { detectCsv, type CsvDetection } from './detect';
import type { HeaderNote } from './headers';
import { checkRecord, localToday, tooLargeMessage } from './importer';
import type { ImportKind, RowByKind } from './kinds';
import { MAX_IMPORT_BYTES, PREVIEW_ROWS, SAMPLE_BYTES } from './limits';
import type { FieldEvidence } from './column-evidence';
import { scoreKinds, type KindSuggestion } from './kind-scoring';
import { columnFacts, guessMappingWithEvidence, mappingProblems, resolveMapping, type ColumnMapping } from './mapping';
import type { RejectCode } from './reasons';
import { resolveSettings, type SettingQuestion } from './resolve';
import { createRowBuilder, newOutcome, type StageRef } from './row-builders';
import { csvFail, type CsvResult, type CsvSettings } from './settings';

export interface PreviewOptions {
  /** The kind the user chose; when missing, the kind the evidence proves (or none: the user is asked). */
  readonly kind?: ImportKind;
  /** The mapping as the user edited it; guessed when missing. */
  readonly mapping?: ColumnMapping;
  /** A mapping remembered for this plan, preferred when guessing (for its own kind). */
  readonly remembered?: ColumnMapping | null;
  /** The plan's remembered mappings, one per kind. */
  readonly rememberedByKind?: Partial<Record<ImportKind, ColumnMapping>> | null;
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
  /** The kind the preview is built for: the user's choice, the proven suggestion, or (until chosen) the best guess. */
  readonly kind: ImportKind;
  /** False while the evidence did not prove the kind and the user has not chosen one: the import cannot run. */
  readonly kindChosen: boolean;
  readonly kindSuggestion: KindSuggestion;
  /** Why each mapped field reads its column (empty for a mapping the user edited). */
  readonly mappingEvidence: readonly FieldEvidence[];
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

  const facts = columnFacts(detection.headers, detection.rows, detection.decimalComma, detection.columns);
  const remembered: Partial<Record<ImportKind, ColumnMapping>> = { ...(options.rememberedByKind ?? {}) };
  if (options.remembered) remembered[options.remembered.kind] = options.remembered;
  const kindSuggestion = scoreKinds(facts, remembered, detection.decimalComma);
  const chosen = options.kind ?? options.mapping?.kind ?? kindSuggestion.kind;
  const kind = chosen ?? kindSuggestion.best;
  const guessed =
    options.mapping && options.mapping.kind === kind ? null : guessMappingWithEvidence(facts, kind, remembered[kind] ?? null, detection.decimalComma);
  const mapping = guessed ? guessed.mapping : options.mapping!;
  const problems = mappingProblems(mapping, detection.headers);
  const { settings, questions } = resolveSettings(detection, mapping, options.settings ?? {});
  const ready = chosen !== null && problems.length === 0 && questions.length === 0;

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
      kindChosen: chosen !== null,
      kindSuggestion,
      mappingEvidence: guessed ? guessed.evidence : [],
      mapping,
      mappingProblems: problems,
      headers: detection.headers,
      headerNotes: detection.headerNotes,
      rows,
      ready,
    },
  };
}
