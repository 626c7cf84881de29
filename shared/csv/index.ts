/** CSV import pipeline (SPEC §5): the public surface for the import screen, the worker and the metrics side. */
export * from './kinds';
export * from './settings';
export { MAX_IMPORT_BYTES, SAMPLE_BYTES, PREVIEW_ROWS, formatBytes } from './limits';
export { importFields, fieldRequirements, fieldById, type ImportField, type FieldRequirement, type FieldType } from './fields';
export {
  guessMapping,
  guessMappingWithEvidence,
  columnFacts,
  mappingProblems,
  resolveMapping,
  readField,
  type ColumnMapping,
  type GuessedMapping,
  type LatencyUnit,
} from './mapping';
export { scoreKinds, type KindSuggestion, type KindScore } from './kind-scoring';
export { isQuestionHeader, runningIds, type FieldEvidence, type ColumnFacts, type EvidenceStrength } from './column-evidence';
export { parseDuration } from './durations';
export { detectCsv, type CsvDetection, type DetectionOverrides, type LineEnding } from './detect';
export { detectEncoding, type EncodingGuess } from './sniff';
export { resolveSettings, type SettingQuestion, type ResolvedSettings } from './resolve';
export { previewCsv, type CsvPreview, type PreviewOptions, type PreviewRow, type StageQuestion } from './preview';
export type { UnusedColumn } from './unused-columns';
export { checkPlausibility, type Plausibility, type PlausibilityWarning, type PlausibilityCode } from './plausibility';
export { placeRow, type RowPlace } from './row-place';
export { runImport, type ByteSource } from './run-import';
export { createImporter } from './importer';
export { localToday } from './import-notes';
export { checkRecord } from './record-check';
export type { Importer, ImportOptions, ImportCallbacks, ImportProgress, ImportSummary, ImportPart } from './import-types';
export { chooseCut, mergeImportParts } from './split-import';
export { createCsvStream, type CsvStream, type RecordBatch, type RecordProblem } from './record-stream';
export { isBlankRecord, lineOf } from './record-lines';
export type { StageRef } from './row-builders';
export type { Rejection, ReasonGroup, ReasonExample, RejectCode, WarningCode } from './reasons';
export type { HeaderNote } from './headers';
export { csvCell, writeCsv, rejectedRowsBody, rejectedRowsCsv, neutraliseFormula, isFormulaLike, type WriteCsvOptions } from './write-csv';
export { templateCsv, templateFileName } from './templates';
export { createSha256, sha256Hex, type Sha256 } from './sha256';
export { hashStream, type StreamHash, type HashStreamOptions } from './hash-stream';
