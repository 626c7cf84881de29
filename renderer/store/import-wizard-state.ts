/** What the import wizard holds: the file, the user's choices and answers, the run and its outcome. */
import type { ColumnMapping, CsvPreview, CsvResult, CsvSettings, ImportKind, ImportProgress } from '../../shared/csv';
import type { IncidentMerge } from '../../shared/incidents';
import type { WorkbookSource } from './workbook-wizard';

export type CsvWizardPhase = 'setup' | 'running' | 'saving' | 'done' | 'duplicate' | 'failed';

/** The import in progress on the Pilot data tab: the file, the user's choices, and how far it got. */
export interface CsvWizard {
  readonly planId: string;
  readonly file: Blob;
  readonly fileName: string;
  readonly size: number;
  /** The first 64 KB: detection and the preview read only these. */
  readonly sample: Uint8Array;
  /** SHA-256 of the whole file when the sample is all of it (so a re-import shows before importing). */
  readonly sampleHash: string | null;
  /** The kind the user chose; null while the suggestion from the headers stands. */
  readonly kind: ImportKind | null;
  /** The mapping as the user edited it; null while the proposed one stands. */
  readonly mapping: ColumnMapping | null;
  /** The user's choices and answers (delimiter, header row, date order…). */
  readonly settings: Partial<CsvSettings>;
  readonly phase: CsvWizardPhase;
  readonly progress: ImportProgress | null;
  readonly error: { readonly message: string; readonly details: readonly string[] } | null;
  /** The import record this run created (`done`) or the earlier one with the same content (`duplicate`). */
  readonly importId: string | null;
  /** The user confirmed the preview's plausibility warnings (reset by every change to kind, columns or settings). */
  readonly warningsConfirmed: boolean;
  /** An earlier import of the same file (other kind or columns) this import replaces once it is stored. */
  readonly replaceImportId: string | null;
  /** The preview of the current choices; null while the preview worker computes it. */
  readonly preview: CsvResult<CsvPreview> | null;
  /** Set for an Excel workbook: `file`, `size` and `sample` are then its chosen sheet as CSV text. */
  readonly workbook: WorkbookSource | null;
  /** What an incidents import did to the plan's register (`done`); absent for other kinds. */
  readonly incidentMerge?: IncidentMerge;
  /** `done` while the plan holding the import is not saved yet: why (the edit stays in memory and is retried). */
  readonly planNotSaved?: string;
}
